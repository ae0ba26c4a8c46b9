#include "TokenPasswordPage.h"

#include "widgets/PasswordChecklist.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

TokenPasswordPage::TokenPasswordPage(QWidget *parent)
    : SignInPage(parent)
    , m_explanation(new QLabel(inputs()))
    , m_usernameLabel(new QLabel(inputs()))
    , m_username(new QLineEdit(inputs()))
    , m_newLabel(new QLabel(inputs()))
    , m_new(new QLineEdit(inputs()))
    , m_confirmLabel(new QLabel(inputs()))
    , m_confirm(new QLineEdit(inputs()))
    , m_checklist(new PasswordChecklist(inputs()))
    , m_submit(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
{
    setObjectName(QStringLiteral("tokenPasswordPage"));
    m_username->setObjectName(QStringLiteral("tokenUsername"));
    m_new->setObjectName(QStringLiteral("tokenNewPassword"));
    m_confirm->setObjectName(QStringLiteral("tokenConfirmPassword"));
    m_submit->setObjectName(QStringLiteral("tokenSubmit"));
    m_back->setObjectName(QStringLiteral("tokenBack"));
    m_explanation->setWordWrap(true);
    m_new->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_usernameLabel->setBuddy(m_username);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    body()->addWidget(m_explanation);
    body()->addLayout(form);
    body()->addWidget(m_checklist);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    body()->addSpacing(8);
    body()->addLayout(buttons);

    connect(m_username, &QLineEdit::textChanged, this, &TokenPasswordPage::update);
    connect(m_new, &QLineEdit::textChanged, this, &TokenPasswordPage::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &TokenPasswordPage::update);
    connect(m_username, &QLineEdit::returnPressed, m_new, qOverload<>(&QWidget::setFocus));
    connect(m_new, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    connect(m_confirm, &QLineEdit::returnPressed, this, &TokenPasswordPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &TokenPasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &TokenPasswordPage::backRequested);
    retranslate();
    update();
}

void TokenPasswordPage::start(Purpose purpose, const QString &username)
{
    m_purpose = purpose;
    m_policy = PasswordPolicy();
    m_username->setText(username);
    clearPasswords();
    m_checklist->setPolicy(m_policy);
    clearError();
    showNotice(QString());
    retranslate();
    setBusy(true);
    update();
}

void TokenPasswordPage::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_checklist->setPolicy(policy);
    setBusy(false);
    update();
    if (m_username->text().trimmed().isEmpty() && m_purpose == Purpose::Invitation)
        m_username->setFocus();
    else
        m_new->setFocus();
}

void TokenPasswordPage::showRejected(const QString &message, const QStringList &unmetRules)
{
    m_checklist->setServerUnmet(unmetRules);
    showError(message);
    update();
}

bool TokenPasswordPage::hasInput() const
{
    return !m_new->text().isEmpty() || !m_confirm->text().isEmpty();
}

QString TokenPasswordPage::username() const
{
    return m_username->text().trimmed();
}

void TokenPasswordPage::clearPasswords()
{
    m_new->clear();
    m_confirm->clear();
}

void TokenPasswordPage::update()
{
    m_checklist->check(m_new->text(), m_confirm->text());
    const bool ready = !m_policy.isEmpty() && m_checklist->allMet();
    // An invitation signs in right after: it needs the username of the e-mail.
    m_submit->setEnabled(ready && (m_purpose == Purpose::PasswordReset || !username().isEmpty()));
}

void TokenPasswordPage::submit()
{
    if (!m_submit->isEnabled() || isBusy())
        return;
    Q_EMIT passwordSubmitted(username(), m_new->text());
}

void TokenPasswordPage::retranslate()
{
    if (m_purpose == Purpose::Invitation) {
        setHeading(tr("Choose your password"));
        m_explanation->setText(
            tr("Welcome to Pli. Choose the password of your account: it must meet every rule "
               "below. You then set up the authenticator app of your phone, and you are in."));
        m_username->setPlaceholderText(tr("As written in your invitation e-mail"));
        m_submit->setText(tr("&Choose this password"));
    } else {
        setHeading(tr("Reset your password"));
        m_explanation->setText(
            tr("Choose a new password: it must meet every rule below. It replaces the old one "
               "everywhere, ends your other sign-ins and unlocks your account if it was "
               "locked."));
        m_username->setPlaceholderText(tr("Optional: to sign in right away"));
        m_submit->setText(tr("&Reset the password"));
    }
    m_usernameLabel->setText(tr("&Username"));
    m_newLabel->setText(tr("&New password"));
    m_confirmLabel->setText(tr("&Confirm the new password"));
    m_back->setText(tr("Back to sign-in"));
    m_username->setAccessibleDescription(m_username->placeholderText());
    m_new->setAccessibleDescription(tr("Your new password; it must meet every rule listed"));
    m_confirm->setAccessibleDescription(tr("The new password again, to avoid a typing mistake"));
    m_submit->setAccessibleDescription(
        m_purpose == Purpose::Invitation
            ? tr("Save this password and set up your authenticator app")
            : tr("Replace the password of your account"));
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
}

} // namespace pli::ui
