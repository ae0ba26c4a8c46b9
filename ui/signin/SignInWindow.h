#pragma once

#include "accounts/Account.h"
#include "auth/AuthSession.h"
#include "links/Link.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace pli {
class AccountStore;
class ApiClient;
class CredentialStore;
} // namespace pli

namespace pli::ui {

class BlockedPage;
class CertificateTrustPage;
class CredentialsPage;
class EnrollmentPage;
class PasswordChangePage;
class PasswordResetPage;
class SecondFactorPage;
class SignInLinkFlow;
class SignInPage;

// Signs one account in: a window of pages driven by an AuthSession (credentials, second
// factor, authenticator set-up, password change, lock-out, rate limit, password reset,
// trusting a server's certificate authority) and the pages of the links from e-mails
// (SignInLinkFlow). When it succeeds it hands the connection and the session over through
// signedIn() and closes. Used for the first account and for "Add another account" alike. The
// account's connection trusts the certificate authority kept with the account, or the one the
// person trusted in this window, which the account then keeps.
class SignInWindow : public QDialog
{
    Q_OBJECT
public:
    SignInWindow(AccountStore *accounts, CredentialStore *credentials, QWidget *parent = nullptr);

    // "Add another account": offers Cancel, and refuses an account already signed in.
    void setAddingAccount(bool adding, QList<Account> alreadySignedIn = {});
    // A server given on the command line wins over the remembered one.
    void setServer(const QString &server);
    // Tells the person why nothing could be restored (keychain unavailable).
    void setKeychainAvailable(bool available);

    SignInPage *currentPage() const;
    void showPage(SignInPage *page);

    // An invitation, password-reset or unlock link: shows its page, on the link's server (or
    // the one typed when the link names none). A sign-in in progress is not dropped unasked.
    void openLink(const pli::Link &link);
    // A conversation link waits for a sign-in to `server` (empty: the one typed): the sign-in
    // page says so. A sign-in in progress is left alone.
    void signInToOpenConversation(const QUrl &server);
    // Between the password and the end of the sign-in, or while a new password is typed.
    bool isSignInInProgress() const;

Q_SIGNALS:
    // The new account, its connection and its session: the receiver takes both objects.
    void signedIn(const pli::Account &account, pli::ApiClient *api, pli::AuthSession *session);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void startSignIn();
    void restartSignIn();
    void onStateChanged(AuthSession::State state);
    void onError(const Error &error);
    void finish();
    void probeKeychain();
    void ensureSession(const QUrl &server);
    void startLink(const Link &link);
    void backToCredentials();
    void applyTrust(const QString &username);
    bool offerTrust(const Error &error);
    void trustPresentedCertificate();

    AccountStore *m_accounts;
    CredentialStore *m_keychain;
    QLabel *m_banner;
    QLabel *m_subtitle;
    QStackedWidget *m_pages;
    CredentialsPage *m_credentials;
    SecondFactorPage *m_secondFactor;
    EnrollmentPage *m_enrollment;
    PasswordChangePage *m_passwordChange;
    BlockedPage *m_blocked;
    PasswordResetPage *m_reset;
    SignInLinkFlow *m_links;
    CertificateTrustPage *m_trust;
    QPointer<ApiClient> m_api;
    QPointer<AuthSession> m_session;
    QList<Account> m_signedIn;
    bool m_enrollmentExpired = false;
    bool m_probed = false;
    // The authority the person trusted in this window, for this server.
    QUrl m_trustedServer;
    QByteArray m_trustedCertificates;
};

} // namespace pli::ui
