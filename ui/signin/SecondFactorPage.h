#pragma once

#include "SignInPage.h"

#include <QStringList>

class QLabel;
class QPushButton;
class QTimer;

namespace pli::ui {

class CodeEdit;

// The second step: the code of the authenticator app, or one sent by e-mail ("Send me a code
// by e-mail", then a cool-down before another may be asked for).
class SecondFactorPage : public SignInPage
{
    Q_OBJECT
public:
    explicit SecondFactorPage(QWidget *parent = nullptr);

    // Starts over for a new challenge offering `methods` ("totp", "email").
    void reset(const QStringList &methods);
    // Passwordless: the address (or username) as typed, named in the instructions; empty: "the
    // e-mail address of your account". Never says whether that address has an account.
    void setRecipient(const QString &recipient);
    // The e-mail went out: the page now asks for that code; another one may be asked for in
    // `cooldownSeconds`.
    void setEmailSent(int cooldownSeconds);
    // A request for an e-mailed code came too early: wait `seconds`.
    void startCooldown(int seconds);
    QString method() const { return m_method; }
    int cooldownRemaining() const { return m_cooldown; }

    CodeEdit *codeEdit() const { return m_code; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *emailButton() const { return m_email; }
    QPushButton *useAppButton() const { return m_useApp; }

Q_SIGNALS:
    void codeSubmitted(const QString &method, const QString &code);
    void emailCodeRequested();
    void cancelRequested();

protected:
    void retranslate() override;

private:
    void submit();
    void tick();
    void updateButtons();

    QLabel *m_instructions;
    CodeEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_email;
    QLabel *m_cooldownLine;
    QPushButton *m_useApp;
    QPushButton *m_back;
    QTimer *m_timer;
    QStringList m_methods;
    QString m_recipient;
    QString m_method = QStringLiteral("totp");
    int m_cooldown = 0;
};

} // namespace pli::ui
