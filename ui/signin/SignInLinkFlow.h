#pragma once

#include "Error.h"
#include "links/Link.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace pli {
class AuthSession;
class Job;
} // namespace pli

namespace pli::ui {

class CredentialsPage;
class LinkStatusPage;
class SignInPage;
class TokenPasswordPage;

// What a link from an e-mail does in the sign-in window: asks before dropping a sign-in in
// progress, checks the link with the server, shows "Choose your password" / "Reset your
// password" (TokenPasswordPage) or unlocks the account, and explains a link that cannot be used
// (LinkStatusPage). It then hands back to the sign-in: the credentials page with a notice
// ("Account unlocked — sign in"), or a sign-in with the new password. The window owns the
// pages' stack and the session; this class owns the link's pages and notices.
class SignInLinkFlow : public QObject
{
    Q_OBJECT
public:
    // `dialog`: the window (the parent of the pages' question box).
    SignInLinkFlow(CredentialsPage *credentials, QWidget *dialog);
    ~SignInLinkFlow() override;

    TokenPasswordPage *passwordPage() const { return m_passwordPage; }
    LinkStatusPage *statusPage() const { return m_statusPage; }
    bool owns(const SignInPage *page) const;
    // Whether the person typed a new password a new link would throw away.
    bool hasInput() const;

    // A link for the window: startRequested() at once, or after the person agreed to leave
    // the sign-in in progress.
    void request(const Link &link, bool signInInProgress);
    // Shows the link's page, `session` being on the link's server; `username` proposed for a
    // password reset (the one typed or remembered).
    void start(const Link &link, AuthSession *session, const QString &username);
    // An error of the session while one of this flow's pages shows.
    void handleError(const Error &error);
    // A conversation link waits for this sign-in: the credentials page says so.
    void noteConversationWaiting();
    void clearNotice();
    // Re-applies the notice in the current language.
    void retranslate();

Q_SIGNALS:
    void startRequested(const pli::Link &link);
    void pageRequested(pli::ui::SignInPage *page);
    // A password was set and the username is known: the window signs in with both.
    void signInRequested(const QString &username, const QString &password);
    void backRequested();
    // "Send me a new link" / "Reset my password": the password-reset request page.
    void resetRequested();

private:
    enum class Notice
    {
        None,
        AccountUnlocked,
        PasswordSet,
        ConversationWaiting,
    };

    void checkPasswordLink();
    void submitPassword(const QString &username, const QString &password);
    void onPasswordSet();
    void onUnlocked();
    void showProblem(const Error &error);
    void setNotice(Notice notice);

    CredentialsPage *m_credentials;
    QWidget *m_dialog;
    TokenPasswordPage *m_passwordPage;
    LinkStatusPage *m_statusPage;
    QPointer<AuthSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    QPointer<Job> m_check;
    QPointer<QMessageBox> m_question;
    Link m_link;
    QString m_username;
    QString m_password; // from submitting it to signing in with it
    Notice m_notice = Notice::None;
};

} // namespace pli::ui
