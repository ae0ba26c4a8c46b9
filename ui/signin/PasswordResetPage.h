#pragma once

#include "SignInPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace pli::ui {

// "Forgot your username or password?": asks for the username and requests a reset link by
// e-mail. The answer never says whether the username exists (the server does not tell).
class PasswordResetPage : public SignInPage
{
    Q_OBJECT
public:
    explicit PasswordResetPage(QWidget *parent = nullptr);

    void start(const QString &username);
    void showSent();
    bool isSent() const { return m_sent; }

    QLineEdit *usernameEdit() const { return m_username; }
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    void resetRequested(const QString &username);
    void backRequested();

protected:
    void retranslate() override;

private:
    QLabel *m_explanation;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_sentText;
    QPushButton *m_send;
    QPushButton *m_back;
    bool m_sent = false;
};

} // namespace pli::ui
