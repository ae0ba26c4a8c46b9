#pragma once

#include "Error.h"
#include "api/Types.h"
#include "net/ServerTrust.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace pli {

class RefreshJob;
class JsonJob;
class GetMeJob;
class ListPersonasJob;
class AddPersonaJob;
class VerifyPersonaJob;
class ListConversationsJob;
class DeleteConversationsJob;
class CreateConversationJob;
class GetConversationJob;
class ListMessagesJob;
class OpenMessageJob;
class PostMessageJob;
class ListActivityJob;
class ListContactsJob;
class AddContactJob;
class DeleteContactJob;
class GetAttachmentJob;
class LoginJob;
class SecondFactorJob;
class RequestEmailCodeJob;
class TotpEnrollmentJob;
class ChangePasswordJob;
class LogoutJob;
class PasswordResetRequestJob;
class PasswordResetConfirmJob;
class AcceptInvitationJob;
class UnlockAccountJob;

// Query parameters in order, unencoded (endpoint() encodes each key and value completely).
using QueryItems = QList<std::pair<QString, QString>>;

// The connection to one account's server: its address, its session tokens (in memory only) and
// one QNetworkAccessManager. Creates the request jobs (factory methods return started jobs,
// owned by the client and deleted after `finished`), prepares every request (timeout, headers,
// bearer token) and renews the access token, one renewal at a time for every job, transfer and
// sign-in that needs it (renewSession).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTransferTimeoutMs = 30000;

    explicit ApiClient(QObject *parent = nullptr);
    ApiClient(const QUrl &serverUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    // --- Server address -------------------------------------------------------------------
    // Accepts "https://host[:port][/prefix]" and, for loopback only, "http://...". Returns the
    // reason an address is refused (InsecureConnection for http:// elsewhere, InvalidInput for
    // a malformed one); a refused address is kept but every job fails with that error before
    // sending anything. An http:// "*.localhost" name is looked up first (asynchronously;
    // isCheckingServerUrl() meanwhile, jobs wait) and refused unless it resolves to loopback only.
    Error setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    Error serverUrlError() const { return m_serverUrlError; }
    bool isCheckingServerUrl() const { return m_checkingServerUrl; }
    // The address's spelling only: an http:// "*.localhost" name passes here and is looked up by
    // setServerUrl().
    static Error checkServerUrl(const QUrl &url);
    // "host" or "host:port" typed by a person becomes "https://host[:port]"; trims and drops a
    // trailing slash. The result still has to pass checkServerUrl().
    static QUrl serverUrlFromUserInput(const QString &text);
    // localhost, 127.0.0.0/8 and ::1 (not "*.localhost": see LoopbackName).
    static bool isLoopbackHost(const QString &host);
    // The absolute URL of an API path such as "/conversations/42" (prefix /api/v1 added).
    // `path` must already be encoded: build it with pathSegment() for ids.
    QUrl endpoint(const QString &path, const QueryItems &query = {}) const;
    // An id or other value percent-encoded for use as one path segment ("/" included).
    static QString pathSegment(const QString &value);

    // --- Trust in the server's certificate (see ServerTrust) ------------------------------
    // The certificate authorities (PEM) this account trusts its server by instead of the
    // system's; empty: the system's. InvalidInput when `pem` is not usable (the trust is then
    // unchanged). Applies to the requests sent from now on, transfers and event stream included.
    Error setTrustedCertificates(const QByteArray &pem);
    QByteArray trustedCertificates() const { return m_trust.pem(); }

    // --- Session --------------------------------------------------------------------------
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }
    // Sets both tokens (emits refreshTokenChanged when the refresh token changes).
    void setSession(const QString &accessToken, const QString &refreshToken);
    // Forgets both tokens (cancels a renewal in flight; emits refreshTokenChanged("")).
    void clearSession();
    // Which access token requests carry now: grows by one each time it changes. A caller notes
    // it with each request it sends, to tell renewSession() which token the server refused.
    int accessTokenGeneration() const { return m_accessTokenGeneration; }

    // --- Renewing the session (the one way: request jobs, transfers, sign-in resume) ------
    // Renews the access token with the refresh token, for a caller whose request (sent with
    // the token of `refusedGeneration`) met a 401, or that has no access token yet. Calls
    // `done` exactly once, always later (never from within this call), in `context`'s thread,
    // and never once `context` is destroyed:
    //  - with no error when there is a new access token to send the request again with: it
    //    changed since `refusedGeneration` (another caller renewed it meanwhile), or the
    //    renewal started or joined here gave one;
    //  - with Unauthorized when there is no refresh token to renew with;
    //  - with SessionExpired when the server refused the refresh token (the tokens are
    //    forgotten and sessionExpired() is emitted), with the network or server error when it
    //    could not be asked (the tokens are kept for later), with Cancelled when clearSession()
    //    came first.
    // One renewal runs at a time: every caller meanwhile waits for it. Renewing only once per
    // refusal (a renewed token refused too must not be renewed again) is the caller's half of
    // the contract: SessionRenewal keeps it for jobs and transfers.
    void renewSession(int refusedGeneration, QObject *context,
                      std::function<void(const pli::Error &error)> done);
    bool isRenewing() const { return !m_refreshJob.isNull(); }

    // --- Requests (for jobs, including those of the transfer engine) ---------------------
    QNetworkAccessManager *network() const { return m_network; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    // A request to `url` with the transfer timeout, User-Agent, Accept: application/json, a
    // same-origin redirect policy and the account's trust in its server's certificate; without
    // Authorization (see authorize()).
    QNetworkRequest newRequest(const QUrl &url) const;
    // What a request to the account's server carries that is the account's: the trust in the
    // server's certificate, and "Authorization: Bearer <access token>" when there is an access
    // token. The transfers' RequestAuthorizer.
    void authorize(QNetworkRequest &request) const;
    static QByteArray userAgent();

    // --- Profile, personas, address book (jobs are started) -------------------------------
    GetMeJob *getMe();
    ListPersonasJob *listPersonas();
    AddPersonaJob *addPersona(const QString &email);
    VerifyPersonaJob *verifyPersona(const QString &personaId, const QString &code);
    ListContactsJob *listContacts();
    AddContactJob *addContact(const QString &email, const QString &displayName);
    DeleteContactJob *deleteContact(const QString &contactId);

    // --- Conversations and messages ------------------------------------------------------
    ListConversationsJob *listConversations(const QString &personaId,
                                            const ConversationQuery &query = {});
    DeleteConversationsJob *deleteConversations(const QString &personaId,
                                                const QStringList &conversationIds);
    CreateConversationJob *createConversation(const NewConversation &conversation);
    GetConversationJob *getConversation(const QString &conversationId);
    // The newest `limit` messages before `beforeId` (empty: the newest ones).
    ListMessagesJob *listMessages(const QString &conversationId, int limit = 5,
                                  const QString &beforeId = {});
    OpenMessageJob *openMessage(const QString &messageId);
    PostMessageJob *postMessage(const QString &conversationId, const QString &body,
                                const QStringList &uploadIds = {});
    ListActivityJob *listActivity(const QString &conversationId,
                                  ActivitySort sort = ActivitySort::Date,
                                  SortOrder order = SortOrder::Descending);
    GetAttachmentJob *getAttachment(const QString &attachmentId);

    // --- Sign-in steps (usually driven by AuthSession) -------------------------------------
    LoginJob *login(const QString &username, const QString &password,
                    const QString &deviceName = {});
    SecondFactorJob *submitSecondFactor(const QString &challenge, const QString &method,
                                        const QString &code);
    RequestEmailCodeJob *requestEmailCode(const QString &challenge);
    TotpEnrollmentJob *confirmTotpEnrollment(const QString &challenge, const QString &code,
                                             const QString &deviceName);
    ChangePasswordJob *changePasswordWithChallenge(const QString &challenge,
                                                   const QString &newPassword);
    ChangePasswordJob *changePassword(const QString &currentPassword, const QString &newPassword);
    LogoutJob *logout();
    PasswordResetRequestJob *requestPasswordReset(const QString &username);
    PasswordResetConfirmJob *confirmPasswordReset(const QString &token, const QString &newPassword);
    AcceptInvitationJob *acceptInvitation(const QString &token, const QString &newPassword);
    UnlockAccountJob *unlockAccount(const QString &token);

Q_SIGNALS:
    // Once per setServerUrl() that had to look the name up, when serverUrlError() is final.
    void serverUrlChecked();
    // The refresh token to persist (empty: forget it). Never logged.
    void refreshTokenChanged(const QString &refreshToken);
    // A renewal gave a new access token (renewSession's callers hear it through `done`).
    void sessionRefreshed();
    // A renewal failed with `error` (see renewSession for which).
    void sessionRefreshFailed(const pli::Error &error);
    // The server refused the refresh token: the session is over, sign in again.
    void sessionExpired();

private:
    template<class J> J *started(J *job);
    void refreshSession();
    void onRefreshFinished(RefreshJob *job);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_serverUrl;
    Error m_serverUrlError = Error(Error::Code::InvalidInput);
    bool m_checkingServerUrl = false;
    quint64 m_serverUrlGeneration = 0;
    QString m_accessToken;
    QString m_refreshToken;
    int m_accessTokenGeneration = 0;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    QPointer<RefreshJob> m_refreshJob;
    ServerTrust m_trust;
};

} // namespace pli
