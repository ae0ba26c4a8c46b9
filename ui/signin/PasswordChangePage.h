#pragma once

#include "SignInPage.h"

#include "auth/PasswordPolicy.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace pli::ui {

class PasswordChecklist;

// A temporary or expired password must be replaced: new password twice, with the server's
// policy as a checklist that ticks itself while typing.
class PasswordChangePage : public SignInPage
{
    Q_OBJECT
public:
    explicit PasswordChangePage(QWidget *parent = nullptr);

    void start(const PasswordPolicy &policy);
    // The server refused the password (rules it reported unmet).
    void showRejected(const QString &message, const QStringList &unmetRules);

    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *changeButton() const { return m_change; }
    PasswordChecklist *checklist() const { return m_checklist; }

Q_SIGNALS:
    void passwordSubmitted(const QString &newPassword);
    void cancelRequested();

protected:
    void retranslate() override;

private:
    void update();
    void submit();

    QLabel *m_explanation;
    QLabel *m_newLabel;
    QLineEdit *m_new;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    PasswordChecklist *m_checklist;
    QPushButton *m_change;
    QPushButton *m_back;
};

} // namespace pli::ui
