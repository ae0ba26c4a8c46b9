#include "ApiClient.h"

#include "LoopbackName.h"
#include "NetLog.h"
#include "api/AddContactJob.h"
#include "api/AddPersonaJob.h"
#include "api/CreateConversationJob.h"
#include "api/DeleteContactJob.h"
#include "api/DeleteConversationsJob.h"
#include "api/GetAttachmentJob.h"
#include "api/GetConversationJob.h"
#include "api/GetMeJob.h"
#include "api/ListActivityJob.h"
#include "api/ListContactsJob.h"
#include "api/ListConversationsJob.h"
#include "api/ListMessagesJob.h"
#include "api/ListPersonasJob.h"
#include "api/OpenMessageJob.h"
#include "api/PostMessageJob.h"
#include "api/VerifyPersonaJob.h"
#include "auth/AcceptInvitationJob.h"
#include "auth/ChangePasswordJob.h"
#include "auth/LoginJob.h"
#include "auth/LogoutJob.h"
#include "auth/PasswordResetConfirmJob.h"
#include "auth/PasswordResetRequestJob.h"
#include "auth/RefreshJob.h"
#include "auth/RequestEmailCodeJob.h"
#include "auth/SecondFactorJob.h"
#include "auth/TotpEnrollmentJob.h"
#include "auth/UnlockAccountJob.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

namespace pli {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Jobs decide about redirects themselves (same origin only); nothing is cached on disk.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::ApiClient(const QUrl &serverUrl, QObject *parent)
    : ApiClient(parent)
{
    setServerUrl(serverUrl);
}

ApiClient::~ApiClient() = default;

bool ApiClient::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name == u"localhost")
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

Error ApiClient::checkServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Code::InvalidInput, QStringLiteral("not a server address"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error(Error::Code::InvalidInput,
                     QStringLiteral("a server address has no user, query or fragment"));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http")
        return isLoopbackHost(url.host()) || LoopbackName::needsLookup(url.host())
                   ? Error()
                   : Error(Error::Code::InsecureConnection,
                           QStringLiteral("http:// to %1").arg(url.host()));
    return Error(Error::Code::InvalidInput, QStringLiteral("unsupported scheme"));
}

QUrl ApiClient::serverUrlFromUserInput(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    return QUrl(trimmed, QUrl::StrictMode);
}

Error ApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    m_serverUrlError = checkServerUrl(url);
    const quint64 generation = ++m_serverUrlGeneration;
    m_checkingServerUrl = !m_serverUrlError && url.scheme().toLower() == u"http" &&
                          LoopbackName::needsLookup(url.host());
    if (m_checkingServerUrl) {
        LoopbackName::check(url.host(), this, [this, generation, host = url.host()](bool loopback) {
            if (generation != m_serverUrlGeneration)
                return; // another address was set meanwhile
            m_checkingServerUrl = false;
            if (!loopback)
                m_serverUrlError =
                    Error(Error::Code::InsecureConnection,
                          QStringLiteral("%1 does not resolve to this computer").arg(host));
            Q_EMIT serverUrlChecked();
        });
    }
    return m_serverUrlError;
}

Error ApiClient::setTrustedCertificates(const QByteArray &pem)
{
    ServerTrust trust;
    if (!pem.isEmpty()) {
        if (Error error = ServerTrust::fromPem(pem, trust))
            return error;
    }
    if (trust == m_trust)
        return {};
    m_trust = trust;
    // Connections made under the previous trust must not carry the next requests.
    m_network->clearConnectionCache();
    qCInfo(lcNet) << "trusting" << (trust.hasOwnAuthority() ? "the account's own" : "the system's")
                  << "certificate authorities for" << m_serverUrl.host();
    return {};
}

QString ApiClient::pathSegment(const QString &value)
{
    // "." and ".." would be resolved as relative path steps by URL handling on the way.
    const bool dots = value == u"." || value == u"..";
    return QString::fromLatin1(QUrl::toPercentEncoding(value, {}, dots ? "." : ""));
}

QUrl ApiClient::endpoint(const QString &path, const QueryItems &query) const
{
    QUrl url = m_serverUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(QStringLiteral("/api/v1")))
        base += QStringLiteral("/api/v1");
    url.setPath(base + path, QUrl::StrictMode);
    if (query.isEmpty()) {
        url.setQuery(QString());
    } else {
        QStringList parts;
        for (const auto &[key, value] : query)
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                             QUrl::toPercentEncoding(value)));
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    }
    return url;
}

void ApiClient::setSession(const QString &accessToken, const QString &refreshToken)
{
    if (m_accessToken != accessToken)
        ++m_accessTokenGeneration;
    m_accessToken = accessToken;
    if (m_refreshToken != refreshToken) {
        m_refreshToken = refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
}

void ApiClient::clearSession()
{
    if (m_refreshJob) {
        RefreshJob *job = m_refreshJob;
        m_refreshJob = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        Q_EMIT sessionRefreshFailed(Error(Error::Code::Cancelled));
    }
    setSession(QString(), QString());
}

void ApiClient::renewSession(int refusedGeneration, QObject *context,
                             std::function<void(const Error &)> done)
{
    // Answered later in every case: callers are usually in the middle of handling a reply.
    const auto answerLater = [context, done](const Error &error) {
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
    };
    if (refusedGeneration != m_accessTokenGeneration && !m_accessToken.isEmpty()) {
        answerLater({});
        return;
    }
    if (m_refreshToken.isEmpty()) {
        answerLater(Error(Error::Code::Unauthorized, QStringLiteral("no refresh token")));
        return;
    }
    // Both connections go with the first answer (or with `context`), so `done` runs once.
    struct Waiter
    {
        std::function<void(const Error &)> done;
        QList<QMetaObject::Connection> connections;
    };
    auto waiter = std::make_shared<Waiter>();
    waiter->done = std::move(done);
    const auto answer = [waiter](const Error &error) {
        for (const QMetaObject::Connection &connection : std::as_const(waiter->connections))
            disconnect(connection);
        if (auto callback = std::exchange(waiter->done, nullptr))
            callback(error);
    };
    waiter->connections.append(
        connect(this, &ApiClient::sessionRefreshed, context, [answer] { answer({}); }));
    waiter->connections.append(connect(this, &ApiClient::sessionRefreshFailed, context,
                                       [answer](const Error &error) { answer(error); }));
    refreshSession();
}

void ApiClient::refreshSession()
{
    if (m_refreshJob)
        return;
    auto *job = new RefreshJob(this, m_refreshToken);
    m_refreshJob = job;
    connect(job, &Job::finished, this, [this, job] { onRefreshFinished(job); });
    qCInfo(lcNet) << "refreshing the access token";
    job->start();
}

void ApiClient::onRefreshFinished(RefreshJob *job)
{
    if (m_refreshJob != job)
        return;
    m_refreshJob = nullptr;
    if (job->isSuccess()) {
        setSession(job->accessToken(), job->refreshToken());
        qCInfo(lcNet) << "access token refreshed";
        Q_EMIT sessionRefreshed();
        return;
    }
    Error error = job->error();
    // The server refused the refresh token itself (expired, revoked, reused): the session is
    // over. Anything else (no network, timeout, server error) leaves the session for later.
    const int status = error.httpStatus();
    if (status == 400 || status == 401 || status == 403) {
        qCInfo(lcNet) << "refresh refused:" << error.problemCode();
        error = Error(Error::Code::SessionExpired)
                    .setHttpStatus(status)
                    .setProblemCode(error.problemCode());
        setSession(QString(), QString());
        Q_EMIT sessionRefreshFailed(error);
        Q_EMIT sessionExpired();
        return;
    }
    qCInfo(lcNet) << "refresh failed:" << error.codeName();
    Q_EMIT sessionRefreshFailed(error);
}

QByteArray ApiClient::userAgent()
{
    QString version = QCoreApplication::applicationVersion();
#ifdef PLI_VERSION
    if (version.isEmpty())
        version = QStringLiteral(PLI_VERSION);
#endif
    if (version.isEmpty())
        version = QStringLiteral("dev");
    return "Pli/" + version.toLatin1();
}

QNetworkRequest ApiClient::newRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_trust.apply(request);
    return request;
}

void ApiClient::authorize(QNetworkRequest &request) const
{
    m_trust.apply(request);
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
}

template<class J> J *ApiClient::started(J *job)
{
    job->start();
    return job;
}

GetMeJob *ApiClient::getMe()
{
    return started(new GetMeJob(this));
}

ListPersonasJob *ApiClient::listPersonas()
{
    return started(new ListPersonasJob(this));
}

AddPersonaJob *ApiClient::addPersona(const QString &email)
{
    return started(new AddPersonaJob(this, email));
}

VerifyPersonaJob *ApiClient::verifyPersona(const QString &personaId, const QString &code)
{
    return started(new VerifyPersonaJob(this, personaId, code));
}

ListContactsJob *ApiClient::listContacts()
{
    return started(new ListContactsJob(this));
}

AddContactJob *ApiClient::addContact(const QString &email, const QString &displayName)
{
    return started(new AddContactJob(this, email, displayName));
}

DeleteContactJob *ApiClient::deleteContact(const QString &contactId)
{
    return started(new DeleteContactJob(this, contactId));
}

ListConversationsJob *ApiClient::listConversations(const QString &personaId,
                                                   const ConversationQuery &query)
{
    return started(new ListConversationsJob(this, personaId, query));
}

DeleteConversationsJob *ApiClient::deleteConversations(const QString &personaId,
                                                       const QStringList &conversationIds)
{
    return started(new DeleteConversationsJob(this, personaId, conversationIds));
}

CreateConversationJob *ApiClient::createConversation(const NewConversation &conversation)
{
    return started(new CreateConversationJob(this, conversation));
}

GetConversationJob *ApiClient::getConversation(const QString &conversationId)
{
    return started(new GetConversationJob(this, conversationId));
}

ListMessagesJob *ApiClient::listMessages(const QString &conversationId, int limit,
                                         const QString &beforeId)
{
    return started(new ListMessagesJob(this, conversationId, limit, beforeId));
}

OpenMessageJob *ApiClient::openMessage(const QString &messageId)
{
    return started(new OpenMessageJob(this, messageId));
}

PostMessageJob *ApiClient::postMessage(const QString &conversationId, const QString &body,
                                       const QStringList &uploadIds)
{
    return started(new PostMessageJob(this, conversationId, body, uploadIds));
}

ListActivityJob *ApiClient::listActivity(const QString &conversationId, ActivitySort sort,
                                         SortOrder order)
{
    return started(new ListActivityJob(this, conversationId, sort, order));
}

GetAttachmentJob *ApiClient::getAttachment(const QString &attachmentId)
{
    return started(new GetAttachmentJob(this, attachmentId));
}

LoginJob *ApiClient::login(const QString &username, const QString &password,
                           const QString &deviceName)
{
    return started(new LoginJob(this, username, password, deviceName));
}

SecondFactorJob *ApiClient::submitSecondFactor(const QString &challenge, const QString &method,
                                               const QString &code)
{
    return started(new SecondFactorJob(this, challenge, method, code));
}

RequestEmailCodeJob *ApiClient::requestEmailCode(const QString &challenge)
{
    return started(new RequestEmailCodeJob(this, challenge));
}

TotpEnrollmentJob *ApiClient::confirmTotpEnrollment(const QString &challenge, const QString &code,
                                                    const QString &deviceName)
{
    return started(new TotpEnrollmentJob(this, challenge, code, deviceName));
}

ChangePasswordJob *ApiClient::changePasswordWithChallenge(const QString &challenge,
                                                          const QString &newPassword)
{
    return started(ChangePasswordJob::withChallenge(this, challenge, newPassword));
}

ChangePasswordJob *ApiClient::changePassword(const QString &currentPassword,
                                             const QString &newPassword)
{
    return started(ChangePasswordJob::signedIn(this, currentPassword, newPassword));
}

LogoutJob *ApiClient::logout()
{
    return started(new LogoutJob(this));
}

PasswordResetRequestJob *ApiClient::requestPasswordReset(const QString &username)
{
    return started(new PasswordResetRequestJob(this, username));
}

PasswordResetConfirmJob *ApiClient::confirmPasswordReset(const QString &token,
                                                         const QString &newPassword)
{
    return started(new PasswordResetConfirmJob(this, token, newPassword));
}

AcceptInvitationJob *ApiClient::acceptInvitation(const QString &token, const QString &newPassword)
{
    return started(new AcceptInvitationJob(this, token, newPassword));
}

UnlockAccountJob *ApiClient::unlockAccount(const QString &token)
{
    return started(new UnlockAccountJob(this, token));
}

} // namespace pli
