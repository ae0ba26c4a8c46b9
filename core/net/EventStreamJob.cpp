#include "EventStreamJob.h"

#include "ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pli {

EventStreamJob::EventStreamJob(ApiClient *api, const QString &lastEventId, QObject *parent)
    : NetworkJob(api, parent)
    , m_lastEventId(lastEventId)
{
    setTransferTimeout(0);
}

QUrl EventStreamJob::requestUrl() const
{
    return api()->endpoint(QStringLiteral("/events"));
}

void EventStreamJob::prepareRequest(QNetworkRequest &request) const
{
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId.toUtf8());
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
}

QNetworkReply *EventStreamJob::sendRequest(QNetworkAccessManager *network,
                                           const QNetworkRequest &request)
{
    m_opened = false;
    return network->get(request);
}

void EventStreamJob::replyStarted(QNetworkReply *reply)
{
    Q_UNUSED(reply);
    Q_EMIT requestSent();
}

void EventStreamJob::readBody(QNetworkReply *reply)
{
    if (!m_opened) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!type.trimmed().toLower().startsWith("text/event-stream")) {
            finishWithError(Error(
                Error::Code::MalformedResponse,
                QStringLiteral("not an event stream: %1").arg(QString::fromLatin1(type.left(80)))));
            return;
        }
        m_opened = true;
        Q_EMIT opened();
    }
    const QByteArray bytes = reply->readAll();
    if (!bytes.isEmpty())
        Q_EMIT bytesReceived(bytes);
}

void EventStreamJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    // readBody() saw the whole body before: a wrong Content-Type already failed the job.
    Q_UNUSED(reply);
    Q_UNUSED(body);
    finishSuccess();
}

} // namespace pli
