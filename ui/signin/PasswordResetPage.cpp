#include "PasswordResetPage.h"
#include "widgets/PaletteColors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

PasswordResetPage::PasswordResetPage(QWidget *parent)
    : SignInPage(parent)
    , m_explanation(new QLabel(inputs()))
    , m_usernameLabel(new QLabel(inputs()))
    , m_username(new QLineEdit(inputs()))
    , m_sentText(new QLabel(inputs()))
    , m_send(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
{
    m_explanation->setWordWrap(true);
    m_sentText->setWordWrap(true);
    m_sentText->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Success,
                                                              palette(), QStringLiteral("6px")));
    m_sentText->hide();
    m_usernameLabel->setBuddy(m_username);
    m_send->setDefault(true);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_usernameLabel, m_username);
    body()->addWidget(m_explanation);
    body()->addLayout(form);
    body()->addWidget(m_sentText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    setTabOrder(m_username, m_back); // left to right, as the row reads
    setTabOrder(m_back, m_send);
    body()->addSpacing(8);
    body()->addLayout(buttons);

    auto request = [this] {
        if (!m_username->text().trimmed().isEmpty() && !isBusy())
            Q_EMIT resetRequested(m_username->text().trimmed());
    };
    connect(m_send, &QPushButton::clicked, this, request);
    connect(m_username, &QLineEdit::returnPressed, this, request);
    connect(m_username, &QLineEdit::textChanged, this,
            [this] { m_send->setEnabled(!m_username->text().trimmed().isEmpty()); });
    connect(m_back, &QPushButton::clicked, this, &PasswordResetPage::backRequested);
    retranslate();
    m_send->setEnabled(false);
}

void PasswordResetPage::start(const QString &username)
{
    m_sent = false;
    m_username->setText(username);
    m_username->setEnabled(true);
    m_sentText->hide();
    m_send->show();
    clearError();
    m_username->setFocus();
}

void PasswordResetPage::showSent()
{
    m_sent = true;
    m_sentText->show();
    m_send->hide();
    m_back->setFocus();
}

void PasswordResetPage::retranslate()
{
    setHeading(tr("Forgot your username or password?"));
    m_explanation->setText(
        tr("Enter your username. If it belongs to an account, we will send a link to choose a "
           "new password to that account's e-mail address. If you forgot your username, the "
           "invitation e-mail you received from your organization shows it; otherwise contact "
           "its support."));
    m_usernameLabel->setText(tr("&Username"));
    m_sentText->setText(
        tr("If an account has this username, an e-mail with a link to reset its password is "
           "on its way. The link is valid for 24 hours; check your junk mail folder if it does "
           "not arrive."));
    m_send->setText(tr("&Send the link"));
    m_back->setText(tr("Back to sign-in"));
    m_username->setAccessibleDescription(
        tr("The username of the account whose password you forgot"));
    m_send->setAccessibleDescription(
        tr("Send a link to choose a new password to the account's e-mail address"));
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
}

} // namespace pli::ui
