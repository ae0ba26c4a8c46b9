#include "CertificateTrustPage.h"

#include "widgets/DateTimeText.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CertificateTrustPage::CertificateTrustPage(QWidget *parent)
    : SignInPage(parent)
    , m_icon(new QLabel(inputs()))
    , m_text(new QLabel(inputs()))
    , m_form(new QFormLayout)
    , m_serverLabel(new QLabel(inputs()))
    , m_server(valueLabel(inputs()))
    , m_subjectLabel(new QLabel(inputs()))
    , m_subject(valueLabel(inputs()))
    , m_issuerLabel(new QLabel(inputs()))
    , m_issuer(valueLabel(inputs()))
    , m_validityLabel(new QLabel(inputs()))
    , m_validity(valueLabel(inputs()))
    , m_fingerprintLabel(new QLabel(inputs()))
    , m_fingerprint(valueLabel(inputs()))
    , m_previousLabel(new QLabel(inputs()))
    , m_previous(valueLabel(inputs()))
    , m_confirm(new QCheckBox(inputs()))
    , m_cancel(new QPushButton(inputs()))
    , m_trust(new QPushButton(inputs()))
{
    setObjectName(QStringLiteral("certificateTrustPage"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(fixed);
    m_previous->setFont(fixed);
    QFont bold = m_fingerprint->font();
    bold.setBold(true);
    m_fingerprint->setFont(bold);
    m_fingerprintLabel->setBuddy(m_fingerprint);
    m_previousLabel->setBuddy(m_previous);
    m_cancel->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    body()->addLayout(row);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Beside the first line of values that take two (validity, fingerprints): the labels fill
    // their row and keep their text at its top.
    for (QLabel *label : {m_serverLabel, m_subjectLabel, m_issuerLabel, m_validityLabel,
                          m_fingerprintLabel, m_previousLabel}) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    }
    m_form->addRow(m_serverLabel, m_server);
    m_form->addRow(m_subjectLabel, m_subject);
    m_form->addRow(m_issuerLabel, m_issuer);
    m_form->addRow(m_validityLabel, m_validity);
    m_form->addRow(m_fingerprintLabel, m_fingerprint);
    m_form->addRow(m_previousLabel, m_previous);
    body()->addSpacing(8);
    body()->addLayout(m_form);
    body()->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_trust);
    body()->addSpacing(8);
    body()->addLayout(buttons);

    connect(m_confirm, &QCheckBox::toggled, this, &CertificateTrustPage::updateTrustButton);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (m_trust->isEnabled() && !isBusy())
            Q_EMIT trustRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CertificateTrustPage::cancelRequested);
    retranslate();
}

void CertificateTrustPage::showUntrusted(const QString &server, const CertificateDetails &presented)
{
    m_reason = Reason::Untrusted;
    m_serverName = server;
    m_presented = presented;
    m_trusted = {};
    showDetails();
}

void CertificateTrustPage::showChanged(const QString &server, const CertificateDetails &presented,
                                       const CertificateDetails &trusted)
{
    m_reason = Reason::Changed;
    m_serverName = server;
    m_presented = presented;
    m_trusted = trusted;
    showDetails();
}

void CertificateTrustPage::showDetails()
{
    clearError();
    m_confirm->setChecked(false);
    const bool changed = m_reason == Reason::Changed;
    m_icon->setPixmap(Icons::pixmap(changed ? QStringLiteral("warning") : QStringLiteral("lock"),
                                    48, devicePixelRatioF()));
    m_confirm->setVisible(changed);
    const bool previous = changed && !m_trusted.isNull();
    m_previousLabel->setVisible(previous);
    m_previous->setVisible(previous);
    m_server->setText(m_serverName);
    m_subject->setText(m_presented.subject);
    m_issuer->setText(m_presented.issuer);
    m_fingerprint->setText(twoLines(m_presented.fingerprint));
    m_previous->setText(twoLines(m_trusted.fingerprint));
    retranslate();
    updateTrustButton();
    // Cancel is the window's default whichever button had the focus before (a focused button
    // of another page takes the default): nothing is trusted by reflex.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
}

void CertificateTrustPage::updateTrustButton()
{
    m_trust->setEnabled(!m_presented.isNull() &&
                        (m_reason == Reason::Untrusted || m_confirm->isChecked()));
}

QString CertificateTrustPage::twoLines(const QString &fingerprint)
{
    const QString prefix = QStringLiteral("SHA256:");
    if (!fingerprint.startsWith(prefix))
        return fingerprint;
    const QStringList bytes = fingerprint.mid(prefix.size()).split(u':');
    const qsizetype half = (bytes.size() + 1) / 2;
    // The first line keeps its trailing colon: without the line breaks, the text is the
    // fingerprint again (copied and pasted).
    return prefix + u'\n' + bytes.mid(0, half).join(u':') + QStringLiteral(":\n") +
           bytes.mid(half).join(u':');
}

void CertificateTrustPage::retranslate()
{
    const bool changed = m_reason == Reason::Changed;
    if (changed) {
        setHeading(tr("The server's certificate has changed"));
        m_text->setText(
            tr("%1 no longer presents a certificate signed by the authority you trusted for this "
               "account. The administrator may have replaced it, but someone may also be "
               "impersonating the server. Nothing was sent to it. Do not continue unless the "
               "server's administrator confirms the change and gave you the new fingerprint.")
                .arg(m_serverName));
    } else {
        setHeading(tr("Trust this certificate?"));
        m_text->setText(
            tr("%1 presents a certificate signed by an authority this computer does not know, as "
               "a server with a certificate authority of its own does. Nothing was sent to it "
               "yet. Compare the fingerprint below with the one the server's administrator gave "
               "you: trust this authority only if the two are identical. Pli will then trust it "
               "for this account only.")
                .arg(m_serverName));
    }
    m_serverLabel->setText(tr("Server:"));
    //: the subject of a certificate: whom it was issued to
    m_subjectLabel->setText(tr("Issued to:"));
    m_issuerLabel->setText(tr("Issued by:"));
    m_validityLabel->setText(tr("Valid:"));
    //: %1 and %2 are dates with times
    m_validity->setText(tr("from %1 to %2")
                            .arg(DateTimeText::dateTime(m_presented.validFrom.toLocalTime()),
                                 DateTimeText::dateTime(m_presented.validUntil.toLocalTime())));
    m_fingerprintLabel->setText(changed ? tr("New SHA-256 fingerprint:")
                                        : tr("SHA-256 fingerprint:"));
    m_previousLabel->setText(tr("Trusted until now:"));
    m_confirm->setText(tr("I checked the new fingerprint with the server's administrator"));
    m_cancel->setText(tr("Cancel"));
    m_trust->setText(changed ? tr("&Trust the new certificate") : tr("&Trust this certificate"));
    // The values are selectable: a screen reader says what each one is.
    m_server->setAccessibleDescription(tr("Server"));
    m_subject->setAccessibleDescription(tr("Issued to"));
    m_issuer->setAccessibleDescription(tr("Issued by"));
    m_validity->setAccessibleDescription(tr("Valid"));
    m_fingerprint->setAccessibleDescription(m_fingerprintLabel->text());
    m_previous->setAccessibleDescription(tr("Trusted until now"));
    m_confirm->setAccessibleDescription(tr(
        "Required before trusting a changed certificate: confirm you compared the fingerprints"));
    m_cancel->setAccessibleDescription(
        tr("Do not trust this certificate and go back; nothing is sent"));
    m_trust->setAccessibleDescription(
        tr("Trust this certificate authority for this account only, then continue signing in"));
}

} // namespace pli::ui
