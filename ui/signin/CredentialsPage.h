#pragma once

#include "SignInPage.h"

#include <QUrl>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace pli::ui {

// The first page: server (behind "Advanced" once one is configured), username with "Remember
// me", password, "Stay signed in", "Forgot your username or password?", and a plain line when
// the keychain cannot keep a sign-in on this computer. Its second way in, "Sign in with a code
// sent by e-mail", hides the password (participants without one, seed 000): the username or
// address field is all the server needs to mail the code.
class CredentialsPage : public SignInPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    // `configured`: a server is already known, so its field hides behind "Advanced".
    void setServer(const QString &server, bool configured);
    QString server() const;
    void setUsername(const QString &username);
    QString username() const;
    QString password() const;
    // The e-mailed-code way in (no password) instead of the password.
    void setEmailCodeSignIn(bool emailCode);
    bool isEmailCodeSignIn() const { return m_emailCode; }
    void clearPassword();
    void setRememberUsername(bool remember);
    bool rememberUsername() const;
    void setStaySignedIn(bool stay);
    bool staySignedIn() const;
    // false: "Stay signed in" is unticked and disabled, and a line says why.
    void setKeychainAvailable(bool available);
    bool keychainAvailable() const { return m_keychainAvailable; }
    // In "Add another account" the page also offers Cancel.
    void setCancellable(bool cancellable);
    bool isCancellable() const { return m_cancellable; }
    void focusFirstEmpty();

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QCheckBox *staySignedInBox() const { return m_stay; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *keychainLine() const { return m_keychainLine; }
    QToolButton *advancedButton() const { return m_advanced; }
    QPushButton *otherWayButton() const { return m_otherWay; }

Q_SIGNALS:
    void signInRequested();
    void forgotRequested();
    void cancelRequested();

protected:
    void retranslate() override;

private:
    void submit();
    void updateSignInEnabled();
    void showWay();

    QFormLayout *m_form;
    QToolButton *m_advanced;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QCheckBox *m_remember;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_stay;
    QLabel *m_keychainLine;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QLabel *m_forgot;
    QLabel *m_emailHint;
    QPushButton *m_otherWay;
    bool m_keychainAvailable = true;
    bool m_emailCode = false;
    bool m_cancellable = false;
};

} // namespace pli::ui
