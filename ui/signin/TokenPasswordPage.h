#pragma once

#include "SignInPage.h"

#include "auth/PasswordPolicy.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace pli::ui {

class PasswordChecklist;

// The page an invitation or password-reset link opens: "Choose your password" or "Reset your
// password", with the server's rules as a live checklist, the new password twice, and the
// username (to sign in right after; for a reset it may stay empty: the sign-in page follows).
class TokenPasswordPage : public SignInPage
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Invitation,
        PasswordReset,
    };

    explicit TokenPasswordPage(QWidget *parent = nullptr);

    // A new link: empty fields, `username` proposed (may be empty), busy until setPolicy().
    void start(Purpose purpose, const QString &username);
    // The link is usable and these are the rules: the form can be filled in.
    void setPolicy(const PasswordPolicy &policy);
    // The server refused the password (rules it reported unmet); the link stays usable.
    void showRejected(const QString &message, const QStringList &unmetRules);
    Purpose purpose() const { return m_purpose; }
    // Whether the person typed something a new link would throw away.
    bool hasInput() const;
    QString username() const;
    void clearPasswords();

Q_SIGNALS:
    void passwordSubmitted(const QString &username, const QString &newPassword);
    void backRequested();

protected:
    void retranslate() override;

private:
    void update();
    void submit();

    Purpose m_purpose = Purpose::Invitation;
    PasswordPolicy m_policy;
    QLabel *m_explanation;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_newLabel;
    QLineEdit *m_new;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    PasswordChecklist *m_checklist;
    QPushButton *m_submit;
    QPushButton *m_back;
};

} // namespace pli::ui
