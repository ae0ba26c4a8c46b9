#pragma once

#include "SignInPage.h"

#include <QDeadlineTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pli::ui {

class CodeEdit;
class QrCodeWidget;

// First access: set up an authenticator app. Shows the QR code of the otpauth:// URI, reveals
// the key grouped in fours on "Can't scan the image?", asks for the first code and a name for
// the device, reminds that both clocks must agree, and counts down the time left; when the
// set-up has expired it says so and offers to start again.
class EnrollmentPage : public SignInPage
{
    Q_OBJECT
public:
    explicit EnrollmentPage(QWidget *parent = nullptr);

    void start(const QString &otpauthUri, const QString &secret, int expiresInSeconds);
    // The server no longer knows this set-up: explain, and offer "Start again".
    void showExpired();
    bool isExpired() const;

    // "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP": easier to copy by hand.
    static QString groupInFours(const QString &secret);

    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *manualKeyLabel() const { return m_key; }
    QLabel *cantScanLink() const { return m_cantScan; }
    CodeEdit *codeEdit() const { return m_code; }
    QLineEdit *deviceNameEdit() const { return m_deviceName; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *restartButton() const { return m_restart; }

Q_SIGNALS:
    void enrollmentSubmitted(const QString &code, const QString &deviceName);
    void restartRequested();
    void cancelRequested();

protected:
    void retranslate() override;

private:
    void submit();
    void tick();
    void updateButtons();

    QStackedWidget *m_states;
    QLabel *m_stepInstall;
    QLabel *m_stepScan;
    QrCodeWidget *m_qr;
    QLabel *m_cantScan;
    QWidget *m_manual;
    QLabel *m_manualIntro;
    QLabel *m_key;
    QPushButton *m_copy;
    QLabel *m_stepCode;
    CodeEdit *m_code;
    QLabel *m_deviceLabel;
    QLineEdit *m_deviceName;
    QLabel *m_clockNote;
    QLabel *m_timeLeft;
    QPushButton *m_finish;
    QPushButton *m_back;
    QLabel *m_expiredText;
    QPushButton *m_restart;
    QPushButton *m_expiredBack;
    QTimer *m_timer;
    QDeadlineTimer m_deadline;
    QString m_secret;
};

} // namespace pli::ui
