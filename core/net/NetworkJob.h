#pragma once

#include "Job.h"
#include "net/SessionRenewal.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

namespace pli {

class ApiClient;

// A job made of one HTTP exchange with the account's server, and what every such exchange
// shares: the server address check, the transfer timeout, TLS errors never ignored (an untrusted
// or changed certificate reported as such, see ServerTrust), a cap on a
// buffered answer, errors mapped to pli::Error, and, when an authenticated call met a 401, the
// session renewed and the call replayed once (SessionRenewal). Subclasses say what to send and what
// to do with a successful answer; a streaming subclass (downloads) reads the body itself.
class NetworkJob : public Job
{
    Q_OBJECT
public:
    ApiClient *api() const { return m_api; }
    bool isAuthenticated() const { return m_authenticated; }
    // The status of the last answer (0 before one arrived).
    int httpStatus() const { return m_httpStatus; }
    // A header of the last answer (empty when absent).
    QByteArray responseHeader(const QByteArray &name) const;
    // 0 disables the timeout (long-lived streams); default: the client's transfer timeout.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    bool wasReplayed() const { return m_replayed; }

protected:
    NetworkJob(ApiClient *api, QObject *parent = nullptr);

    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    // Largest answer body kept in memory (larger: MalformedResponse). Default 8 MiB.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }

    // The absolute URL to call (usually api()->endpoint(...)).
    virtual QUrl requestUrl() const = 0;
    // Adds the headers of this call (Content-Type, Range...) to a prepared request.
    virtual void prepareRequest(QNetworkRequest &request) const { Q_UNUSED(request); }
    // Sends the request; called a second time for the replay after a refresh, so any body
    // must be available again.
    virtual QNetworkReply *sendRequest(QNetworkAccessManager *network,
                                       const QNetworkRequest &request) = 0;
    // The reply exists: a subclass may connect more of its signals (upload progress...).
    virtual void replyStarted(QNetworkReply *reply) { Q_UNUSED(reply); }
    // True to read a successful (2xx) body in readBody() instead of buffering it.
    virtual bool streamsBody() const { return false; }
    virtual void readBody(QNetworkReply *reply) { Q_UNUSED(reply); }
    // A 2xx answer; `body` is the buffered body (empty when streamed). Must finish the job.
    virtual void handleSuccess(QNetworkReply *reply, const QByteArray &body) = 0;
    // The error for an answer >= 300 (default: Error::fromHttp).
    virtual Error errorForAnswer(int status, const QByteArray &body, QNetworkReply *reply) const;

    void doStart() override;
    void doCancel() override;

private:
    void send();
    void onReadyRead();
    bool bufferAvailable(QNetworkReply *reply); // false: over the cap
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void renewAndReplay(const Error &refusal);
    void abortReply();
    Error transportError(QNetworkReply *reply) const;

    ApiClient *m_api;
    QPointer<QNetworkReply> m_reply;
    bool m_authenticated = true;
    bool m_replayed = false;
    bool m_tooLarge = false;
    int m_transferTimeoutMs = -1;
    qint64 m_maxBodySize = 8 << 20;
    int m_httpStatus = 0;
    QByteArray m_body;
    int m_sentGeneration = 0;
    SessionRenewal m_renewal;
    Error m_tlsError; // why the last handshake failed, from the TLS errors reported
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace pli
