#pragma once

#include "SignInPage.h"
#include "net/CertificateDetails.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace pli::ui {

// Asks a person whether to trust the certificate authority a server presented, before anything
// is sent to it: who the certificate names and who signed it, how long it is valid, and its
// SHA-256 fingerprint to compare with the one the server's administrator gave (pli-server
// prints it). Two cases: a server whose authority the system does not know (first use), and a
// server that no longer presents the authority trusted for this account (changed), where a
// clear warning comes first and trusting needs an explicit confirmation. Cancel is the default
// button in both: nothing is trusted by reflex.
class CertificateTrustPage : public SignInPage
{
    Q_OBJECT
public:
    enum class Reason
    {
        Untrusted,
        Changed
    };
    Q_ENUM(Reason)

    explicit CertificateTrustPage(QWidget *parent = nullptr);

    void showUntrusted(const QString &server, const CertificateDetails &presented);
    // `trusted`: the authority the account trusted until now (may be null when unknown).
    void showChanged(const QString &server, const CertificateDetails &presented,
                     const CertificateDetails &trusted);

    Reason reason() const { return m_reason; }
    // The authority the person is asked about: what trustRequested() means trusting.
    CertificateDetails presented() const { return m_presented; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    // "SHA256:", then the bytes on two lines of 16 each, easier to compare; without the line
    // breaks the text is the fingerprint itself.
    static QString twoLines(const QString &fingerprint);

Q_SIGNALS:
    void trustRequested();
    void cancelRequested();

protected:
    void retranslate() override;

private:
    void showDetails();
    void updateTrustButton();

    QLabel *m_icon;
    QLabel *m_text;
    QFormLayout *m_form;
    QLabel *m_serverLabel;
    QLabel *m_server;
    QLabel *m_subjectLabel;
    QLabel *m_subject;
    QLabel *m_issuerLabel;
    QLabel *m_issuer;
    QLabel *m_validityLabel;
    QLabel *m_validity;
    QLabel *m_fingerprintLabel;
    QLabel *m_fingerprint;
    QLabel *m_previousLabel;
    QLabel *m_previous;
    QCheckBox *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_trust;
    Reason m_reason = Reason::Untrusted;
    QString m_serverName;
    CertificateDetails m_presented;
    CertificateDetails m_trusted;
};

} // namespace pli::ui
