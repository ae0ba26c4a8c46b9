#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

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

// Query parameters in order, unencoded (endpoint() encodes each key and value completely).
using QueryItems = QList<std::pair<QString, QString>>;

// The connection to one account's server: its address, its session tokens (in memory only) and
// one QNetworkAccessManager. Creates the request jobs (factory methods return started jobs,
// owned by the client and deleted after `finished`), prepares every request (timeout, headers,
// bearer token) and refreshes the access token once for all jobs that met a 401.
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

    // --- Session --------------------------------------------------------------------------
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }
    // Sets both tokens (emits refreshTokenChanged when the refresh token changes).
    void setSession(const QString &accessToken, const QString &refreshToken);
    // Forgets both tokens (cancels a refresh in flight; emits refreshTokenChanged("")).
    void clearSession();
    // Exchanges the refresh token for a new pair. Only one refresh runs at a time: callers
    // while one runs just wait for its sessionRefreshed / sessionRefreshFailed.
    void refreshSession();
    bool isRefreshing() const { return !m_refreshJob.isNull(); }

    // --- Requests (for jobs, including those of the transfer engine) ---------------------
    QNetworkAccessManager *network() const { return m_network; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    // A request to `url` with the transfer timeout, User-Agent, Accept: application/json and
    // a same-origin redirect policy; without Authorization (see authorize()).
    QNetworkRequest newRequest(const QUrl &url) const;
    // Adds "Authorization: Bearer <access token>" when there is an access token.
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

Q_SIGNALS:
    // Once per setServerUrl() that had to look the name up, when serverUrlError() is final.
    void serverUrlChecked();
    // The refresh token to persist (empty: forget it). Never logged.
    void refreshTokenChanged(const QString &refreshToken);
    // A refresh gave a new access token; waiting jobs replay their call.
    void sessionRefreshed();
    // A refresh failed; waiting jobs fail with `error` (SessionExpired when the server refused
    // the refresh token, else the network error, the tokens then being kept).
    void sessionRefreshFailed(const pli::Error &error);
    // The server refused the refresh token: the session is over, sign in again.
    void sessionExpired();

private:
    template<class J> J *started(J *job);
    void onRefreshFinished(RefreshJob *job);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_serverUrl;
    Error m_serverUrlError = Error(Error::Code::InvalidInput);
    bool m_checkingServerUrl = false;
    quint64 m_serverUrlGeneration = 0;
    QString m_accessToken;
    QString m_refreshToken;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    QPointer<RefreshJob> m_refreshJob;
};

} // namespace pli
