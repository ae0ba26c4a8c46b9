#include "NetworkJob.h"

#include "ApiClient.h"
#include "NetLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pli {

namespace {

// Qt reports HTTP error statuses as QNetworkReply errors too; these are the ones that mean the
// exchange itself failed, whatever status (if any) was received.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

QString operationName(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::CustomOperation:
        return QString::fromLatin1(
            request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return QStringLiteral("?");
}

} // namespace

NetworkJob::NetworkJob(ApiClient *api, QObject *parent)
    : Job(parent ? parent : api)
    , m_api(api)
{
    m_renewal.setClient(api);
}

QByteArray NetworkJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Error NetworkJob::errorForAnswer(int status, const QByteArray &body, QNetworkReply *reply) const
{
    return Error::fromHttp(status, body, reply->rawHeader("Retry-After"));
}

void NetworkJob::doStart()
{
    if (isFinished())
        return; // cancelled while the address was being checked
    if (m_api->isCheckingServerUrl()) {
        // Nothing is sent to a "*.localhost" address before it is known to be this computer.
        connect(m_api, &ApiClient::serverUrlChecked, this, &NetworkJob::doStart,
                Qt::SingleShotConnection);
        return;
    }
    const Error addressError = m_api->serverUrlError();
    if (addressError.isError()) {
        qCWarning(lcNet) << "refusing to send to" << m_api->serverUrl().host() << ":"
                         << addressError.codeName();
        failLater(addressError);
        return;
    }
    send();
}

void NetworkJob::send()
{
    QNetworkRequest request = m_api->newRequest(requestUrl());
    if (m_transferTimeoutMs >= 0)
        request.setTransferTimeout(m_transferTimeoutMs);
    m_sentGeneration = m_renewal.generation();
    if (m_authenticated)
        m_api->authorize(request);
    prepareRequest(request);
    m_body.clear();
    m_headers.clear();
    m_httpStatus = 0;
    m_tooLarge = false;
    m_tlsError = {};

    QNetworkReply *reply = sendRequest(m_api->network(), request);
    if (!reply) {
        failLater(Error(Error::Code::InvalidInput, QStringLiteral("request not sent")));
        return;
    }
    qCDebug(lcNet).noquote() << operationName(reply->operation(), request) << request.url().path()
                             << (m_replayed ? "(replay)" : "");
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &NetworkJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &NetworkJob::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
    replyStarted(reply);
}

void NetworkJob::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_tooLarge)
        return;
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (streamsBody() && m_httpStatus >= 200 && m_httpStatus < 300) {
        readBody(reply);
        if (isFinished()) // the subclass failed while reading (disk full...)
            abortReply();
        return;
    }
    if (!bufferAvailable(reply))
        reply->abort(); // finished follows: onReplyFinished reports it
}

bool NetworkJob::bufferAvailable(QNetworkReply *reply)
{
    m_body.append(reply->read(m_maxBodySize + 1 - m_body.size()));
    if (m_body.size() > m_maxBodySize)
        m_tooLarge = true;
    return !m_tooLarge;
}

void NetworkJob::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake then fails and the reason is reported.
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_tlsError = ServerTrust::failure(reply, errors);
    qCWarning(lcNet).noquote() << "TLS errors from" << m_api->serverUrl().host() << ":"
                               << m_tlsError.codeName() << m_tlsError.detail();
}

Error NetworkJob::transportError(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // our own aborts are disconnected first
    case QNetworkReply::TimeoutError:
        return Error(Error::Code::Timeout);
    case QNetworkReply::SslHandshakeFailedError:
        return m_tlsError ? m_tlsError : Error(Error::Code::Tls, reply->errorString());
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return Error(Error::Code::MalformedResponse, reply->errorString());
    default:
        return Error(Error::Code::Network, reply->errorString());
    }
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();

    if (m_tooLarge) {
        qCWarning(lcNet) << "answer over" << m_maxBodySize << "bytes refused";
        finishWithError(Error(Error::Code::MalformedResponse,
                              QStringLiteral("answer larger than %1 bytes").arg(m_maxBodySize)));
        return;
    }
    if (m_httpStatus == 0 || isTransportFailure(reply->error())) {
        const Error error = transportError(reply);
        qCInfo(lcNet).noquote() << requestUrl().path() << "failed:" << error.codeName()
                                << error.detail();
        finishWithError(error);
        return;
    }
    const bool streamed = streamsBody() && m_httpStatus >= 200 && m_httpStatus < 300;
    if (streamed) {
        readBody(reply);
        if (isFinished()) // the subclass failed while reading (disk full...)
            return;
    } else {
        if (!bufferAvailable(reply)) {
            finishWithError(
                Error(Error::Code::MalformedResponse,
                      QStringLiteral("answer larger than %1 bytes").arg(m_maxBodySize)));
            return;
        }
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        handleSuccess(reply, m_body);
        return;
    }
    const Error error = errorForAnswer(m_httpStatus, m_body, reply);
    if (m_httpStatus == 401 && m_authenticated) {
        renewAndReplay(error);
        return;
    }
    qCInfo(lcNet).noquote() << requestUrl().path() << "answered" << m_httpStatus
                            << error.problemCode();
    finishWithError(error);
}

void NetworkJob::renewAndReplay(const Error &refusal)
{
    m_renewal.unauthorized(m_sentGeneration, refusal, this, [this](const Error &error) {
        if (isFinished()) // cancelled meanwhile
            return;
        if (error) {
            qCInfo(lcNet).noquote() << requestUrl().path() << "failed:" << error.codeName();
            finishWithError(error);
            return;
        }
        m_replayed = true;
        send();
    });
}

void NetworkJob::abortReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void NetworkJob::doCancel()
{
    abortReply();
}

} // namespace pli
