#include "LinkStatusPage.h"
#include "widgets/PaletteColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

using Kind = Link::Kind;

LinkStatusPage::LinkStatusPage(QWidget *parent)
    : SignInPage(parent)
    , m_reason(new QLabel(inputs()))
    , m_advice(new QLabel(inputs()))
    , m_newLink(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
{
    setObjectName(QStringLiteral("linkStatusPage"));
    m_reason->setObjectName(QStringLiteral("linkProblemReason"));
    m_advice->setObjectName(QStringLiteral("linkAdvice"));
    // Why first, in the error colours, then what to do.
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Error, palette(),
                                                            QStringLiteral("6px")));
    m_newLink->setObjectName(QStringLiteral("linkNewResetLink"));
    m_back->setObjectName(QStringLiteral("linkBack"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_back->setDefault(true);
    body()->addWidget(m_reason);
    body()->addSpacing(6);
    body()->addWidget(m_advice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newLink);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    body()->addSpacing(12);
    body()->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &LinkStatusPage::backRequested);
    connect(m_newLink, &QPushButton::clicked, this, &LinkStatusPage::newResetLinkRequested);
    retranslate();
}

void LinkStatusPage::showChecking(Kind kind)
{
    m_kind = kind;
    m_problem = Error();
    retranslate();
    setBusy(true);
}

void LinkStatusPage::showProblem(Kind kind, const Error &error)
{
    m_kind = kind;
    m_problem = error;
    setBusy(false);
    retranslate();
    m_back->setFocus();
}

void LinkStatusPage::retranslate()
{
    const bool problem = m_problem.isError();
    m_back->setText(tr("Back to sign-in"));
    m_newLink->setText(m_kind == Kind::Unlock ? tr("&Reset my password")
                                              : tr("&Send me a new link"));
    if (!problem) {
        setHeading(m_kind == Kind::Invitation ? tr("Checking your invitation…")
                   : m_kind == Kind::Unlock   ? tr("Unlocking your account…")
                                              : tr("Checking the link…"));
        m_reason->clear();
        m_advice->clear();
    } else {
        setHeading(tr("This link cannot be used"));
        m_reason->setText(m_problem.message());
        m_advice->setText(advice());
    }
    // Texts first, then visibility: a word-wrapped label sizes itself for the text it shows.
    m_reason->setVisible(problem);
    m_advice->setVisible(problem && !m_advice->text().isEmpty());
    m_newLink->setVisible(problem && (m_kind == Kind::PasswordReset || m_kind == Kind::Unlock));
    m_back->setVisible(problem);
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
    m_newLink->setAccessibleDescription(m_kind == Kind::Unlock
                                            ? tr("Receive an e-mail with a link to choose a new "
                                                 "password, which also unlocks the account")
                                            : tr("Receive a new e-mail with a link that is still "
                                                 "valid"));
}

QString LinkStatusPage::advice() const
{
    if (m_problem.code() == Error::Code::WrongServer)
        return tr("The link belongs to another Pli server than the one you use. Open it where "
                  "you use that server, or sign in to it.");
    if (m_problem.code() != Error::Code::InvalidToken)
        return tr("Check your connection and open the link again.");
    switch (m_kind) {
    case Kind::Invitation:
        return tr("An invitation works once and for a limited time. If you already chose your "
                  "password, sign in with it; otherwise ask the person who invited you to send "
                  "a new invitation.");
    case Kind::PasswordReset:
        return tr("A reset link works once, for a limited time, and only the newest one sent "
                  "counts. Ask for a new link: it arrives in a few minutes.");
    case Kind::Unlock:
        return tr("An unlock link works once and for a limited time. If your account is still "
                  "locked, reset your password: that unlocks it too.");
    case Kind::None:
    case Kind::Conversation:
        break;
    }
    return {};
}

} // namespace pli::ui
