#include "PasswordChangePage.h"

#include "widgets/PasswordChecklist.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

PasswordChangePage::PasswordChangePage(QWidget *parent)
    : SignInPage(parent)
    , m_explanation(new QLabel(inputs()))
    , m_newLabel(new QLabel(inputs()))
    , m_new(new QLineEdit(inputs()))
    , m_confirmLabel(new QLabel(inputs()))
    , m_confirm(new QLineEdit(inputs()))
    , m_checklist(new PasswordChecklist(inputs()))
    , m_change(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
{
    m_explanation->setWordWrap(true);
    m_new->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_change->setDefault(true);
    m_change->setAutoDefault(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    body()->addWidget(m_explanation);
    body()->addLayout(form);
    body()->addWidget(m_checklist);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_change);
    body()->addSpacing(8);
    body()->addLayout(buttons);

    connect(m_new, &QLineEdit::textChanged, this, &PasswordChangePage::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordChangePage::update);
    connect(m_new, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    connect(m_confirm, &QLineEdit::returnPressed, this, &PasswordChangePage::submit);
    connect(m_change, &QPushButton::clicked, this, &PasswordChangePage::submit);
    connect(m_back, &QPushButton::clicked, this, &PasswordChangePage::cancelRequested);
    retranslate();
    update();
}

void PasswordChangePage::start(const PasswordPolicy &policy)
{
    m_new->clear();
    m_confirm->clear();
    m_checklist->setPolicy(policy);
    clearError();
    update();
    m_new->setFocus();
}

void PasswordChangePage::showRejected(const QString &message, const QStringList &unmetRules)
{
    m_checklist->setServerUnmet(unmetRules);
    showError(message);
    update();
}

void PasswordChangePage::update()
{
    m_checklist->check(m_new->text(), m_confirm->text());
    m_change->setEnabled(m_checklist->allMet());
}

void PasswordChangePage::submit()
{
    if (!m_change->isEnabled() || isBusy())
        return;
    Q_EMIT passwordSubmitted(m_new->text());
}

void PasswordChangePage::retranslate()
{
    setHeading(tr("Choose a new password"));
    m_explanation->setText(tr("Your password is temporary or has expired. Choose a new one to "
                              "continue; it must meet every rule below."));
    m_newLabel->setText(tr("&New password"));
    m_confirmLabel->setText(tr("&Confirm the new password"));
    m_change->setText(tr("&Change password"));
    m_back->setText(tr("Back to sign-in"));
    m_new->setAccessibleDescription(tr("Your new password; it must meet every rule listed"));
    m_confirm->setAccessibleDescription(tr("The new password again, to avoid a typing mistake"));
    m_change->setAccessibleDescription(tr("Replace your password and continue signing in"));
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
}

} // namespace pli::ui
