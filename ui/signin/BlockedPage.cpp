#include "BlockedPage.h"

#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pli::ui {

BlockedPage::BlockedPage(QWidget *parent)
    : SignInPage(parent)
    , m_icon(new QLabel(inputs()))
    , m_text(new QLabel(inputs()))
    , m_wait(new QLabel(inputs()))
    , m_reset(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
    , m_timer(new QTimer(this))
{
    m_text->setWordWrap(true);
    m_wait->setWordWrap(true);
    QFont waitFont = m_wait->font();
    waitFont.setBold(true);
    m_wait->setFont(waitFont);
    m_back->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_wait);
    row->addLayout(texts, 1);
    body()->addLayout(row);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    body()->addSpacing(12);
    body()->addLayout(buttons);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &BlockedPage::tick);
    connect(m_back, &QPushButton::clicked, this, &BlockedPage::backRequested);
    connect(m_reset, &QPushButton::clicked, this, &BlockedPage::resetRequested);
    retranslate();
}

void BlockedPage::showLocked()
{
    m_reason = Reason::Locked;
    m_seconds = 0;
    m_timer->stop();
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("lock"), 48, devicePixelRatioF()));
    m_back->setEnabled(true);
    m_reset->show();
    retranslate();
}

void BlockedPage::showRateLimited(int seconds)
{
    m_reason = Reason::RateLimited;
    m_seconds = seconds < 0 ? 60 : seconds;
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("clock"), 48, devicePixelRatioF()));
    m_reset->hide();
    m_back->setEnabled(m_seconds == 0);
    if (m_seconds > 0)
        m_timer->start();
    retranslate();
}

void BlockedPage::tick()
{
    if (--m_seconds <= 0) {
        m_seconds = 0;
        m_timer->stop();
        m_back->setEnabled(true);
        m_back->setFocus();
    }
    retranslate();
}

void BlockedPage::retranslate()
{
    if (m_reason == Reason::Locked) {
        setHeading(tr("Your account is locked"));
        m_text->setText(
            tr("After too many unsuccessful attempts, your account was locked to protect it. "
               "We sent an e-mail to the address of your account with a link that unlocks it. "
               "If you no longer know your password, reset it instead. If you receive no "
               "e-mail, contact your organization's support."));
        m_wait->clear();
        m_wait->hide();
        m_back->setText(tr("Back to sign-in"));
    } else {
        setHeading(tr("Too many attempts"));
        m_text->setText(tr("This computer made too many sign-in attempts in a short time. For "
                           "your security, wait a moment before trying again."));
        const QString when =
            m_seconds >= 60
                ? tr("You can try again in %n minute(s).", nullptr, (m_seconds + 59) / 60)
                : tr("You can try again in %n second(s).", nullptr, m_seconds);
        m_wait->setText(m_seconds > 0 ? when : tr("You can try again now."));
        m_wait->show();
        m_back->setText(tr("&Try again"));
    }
    m_reset->setText(tr("&Reset my password"));
    m_back->setAccessibleDescription(
        m_reason == Reason::Locked ? tr("Leave this page and go back to the username and "
                                        "password")
                                   : tr("Go back to the username and password to sign in again"));
    m_reset->setAccessibleDescription(tr(
        "Receive an e-mail with a link to choose a new password, which also unlocks the account"));
}

} // namespace pli::ui
