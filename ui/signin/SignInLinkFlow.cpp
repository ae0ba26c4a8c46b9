#include "SignInLinkFlow.h"

#include "CredentialsPage.h"
#include "LinkStatusPage.h"
#include "TokenPasswordPage.h"
#include "auth/AuthSession.h"
#include "auth/CheckPasswordLinkJob.h"
#include "auth/Wipe.h"

#include <QMessageBox>
#include <QPushButton>

namespace pli::ui {

using Kind = Link::Kind;

SignInLinkFlow::SignInLinkFlow(CredentialsPage *credentials, QWidget *dialog)
    : QObject(dialog)
    , m_credentials(credentials)
    , m_dialog(dialog)
    , m_passwordPage(new TokenPasswordPage)
    , m_statusPage(new LinkStatusPage)
{
    connect(m_passwordPage, &TokenPasswordPage::passwordSubmitted, this,
            &SignInLinkFlow::submitPassword);
    connect(m_passwordPage, &TokenPasswordPage::backRequested, this,
            &SignInLinkFlow::backRequested);
    connect(m_statusPage, &LinkStatusPage::backRequested, this, &SignInLinkFlow::backRequested);
    connect(m_statusPage, &LinkStatusPage::newResetLinkRequested, this,
            &SignInLinkFlow::resetRequested);
}

SignInLinkFlow::~SignInLinkFlow()
{
    wipe(m_password);
}

bool SignInLinkFlow::owns(const SignInPage *page) const
{
    return page && (page == m_passwordPage || page == m_statusPage);
}

bool SignInLinkFlow::hasInput() const
{
    return m_passwordPage->isVisible() && m_passwordPage->hasInput();
}

void SignInLinkFlow::request(const Link &link, bool signInInProgress)
{
    if (!signInInProgress) {
        Q_EMIT startRequested(link);
        return;
    }
    delete m_question;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open the link?"),
                                tr("A sign-in is in progress in this window. Leave it to open the "
                                   "link from your e-mail?"),
                                QMessageBox::NoButton, m_dialog);
    box->setObjectName(QStringLiteral("linkQuestion"));
    QPushButton *open = box->addButton(tr("Open the link"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("linkQuestionOpen"));
    box->addButton(tr("Continue signing in"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("linkQuestionKeep"));
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, open, link](QAbstractButton *clicked) {
        if (clicked == open)
            Q_EMIT startRequested(link);
    });
    m_question = box;
    box->open();
}

void SignInLinkFlow::start(const Link &link, AuthSession *session, const QString &username)
{
    if (m_check)
        m_check->cancel();
    for (const auto &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    wipe(m_password);
    m_link = link;
    m_session = session;
    m_sessionConnections << connect(session, &AuthSession::passwordSet, this,
                                    &SignInLinkFlow::onPasswordSet)
                         << connect(session, &AuthSession::accountUnlocked, this,
                                    &SignInLinkFlow::onUnlocked);
    setNotice(Notice::None);
    m_statusPage->showChecking(link.kind());
    Q_EMIT pageRequested(m_statusPage);
    switch (link.kind()) {
    case Kind::Invitation:
        m_passwordPage->start(TokenPasswordPage::Purpose::Invitation, QString());
        checkPasswordLink();
        break;
    case Kind::PasswordReset:
        m_passwordPage->start(TokenPasswordPage::Purpose::PasswordReset, username);
        checkPasswordLink();
        break;
    case Kind::Unlock:
        session->unlockAccount(link.token());
        break;
    case Kind::None:
    case Kind::Conversation:
        break;
    }
}

void SignInLinkFlow::checkPasswordLink()
{
    const auto purpose = m_link.kind() == Kind::Invitation
                             ? CheckPasswordLinkJob::Purpose::Invitation
                             : CheckPasswordLinkJob::Purpose::PasswordReset;
    auto *job = new CheckPasswordLinkJob(m_session->api(), purpose, m_link.token(), this);
    m_check = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_check)
            return;
        if (const Error error = job->error()) {
            if (error.code() != Error::Code::Cancelled)
                showProblem(error);
            return;
        }
        m_passwordPage->setPolicy(job->policy());
        Q_EMIT pageRequested(m_passwordPage);
    });
    job->start();
}

void SignInLinkFlow::submitPassword(const QString &username, const QString &password)
{
    if (!m_session)
        return;
    m_username = username;
    m_password = password;
    m_passwordPage->setBusy(true);
    if (m_link.kind() == Kind::Invitation)
        m_session->acceptInvitation(m_link.token(), password);
    else
        m_session->confirmPasswordReset(m_link.token(), password);
}

void SignInLinkFlow::onPasswordSet()
{
    m_passwordPage->clearPasswords();
    m_passwordPage->setBusy(false);
    setNotice(Notice::PasswordSet);
    if (!m_username.isEmpty())
        m_credentials->setUsername(m_username);
    if (m_username.isEmpty() || m_password.isEmpty()) {
        wipe(m_password);
        Q_EMIT pageRequested(m_credentials);
        m_credentials->focusFirstEmpty();
        return;
    }
    const QString password = std::exchange(m_password, QString());
    Q_EMIT signInRequested(m_username, password);
}

void SignInLinkFlow::onUnlocked()
{
    setNotice(Notice::AccountUnlocked);
    m_statusPage->setBusy(false);
    Q_EMIT pageRequested(m_credentials);
    m_credentials->focusFirstEmpty();
}

void SignInLinkFlow::handleError(const Error &error)
{
    if (error.code() == Error::Code::PasswordPolicy) {
        wipe(m_password);
        m_passwordPage->setBusy(false);
        m_passwordPage->showRejected(error.message(), error.unmetRules());
        return;
    }
    if (error.code() == Error::Code::InvalidToken || m_statusPage->isVisible()) {
        wipe(m_password);
        m_passwordPage->setBusy(false);
        showProblem(error);
        return;
    }
    // A network hiccup while setting the password: the form stays as typed, to try again.
    wipe(m_password);
    m_passwordPage->setBusy(false);
    m_passwordPage->showError(error.message());
}

void SignInLinkFlow::showProblem(const Error &error)
{
    m_statusPage->showProblem(m_link.kind(), error);
    Q_EMIT pageRequested(m_statusPage);
}

void SignInLinkFlow::noteConversationWaiting()
{
    setNotice(Notice::ConversationWaiting);
}

void SignInLinkFlow::clearNotice()
{
    setNotice(Notice::None);
}

void SignInLinkFlow::setNotice(Notice notice)
{
    m_notice = notice;
    retranslate();
}

void SignInLinkFlow::retranslate()
{
    const auto notice = [](const QString &title, const QString &text) {
        return QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    };
    switch (m_notice) {
    case Notice::None:
        m_credentials->showNotice(QString());
        break;
    case Notice::AccountUnlocked:
        m_credentials->showNotice(
            notice(tr("Account unlocked — sign in"),
                   tr("Your account can be used again: sign in with your username and "
                      "password.")));
        break;
    case Notice::PasswordSet:
        m_credentials->showNotice(notice(tr("Your new password is set"),
                                         tr("Sign in with your username and this password.")));
        break;
    case Notice::ConversationWaiting:
        m_credentials->showNotice(
            notice(tr("Sign in to open the conversation"),
                   tr("The conversation of the link from your e-mail opens as soon as you are "
                      "signed in.")));
        break;
    }
}

} // namespace pli::ui
