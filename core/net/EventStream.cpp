#include "EventStream.h"

#include "ApiClient.h"
#include "EventStreamJob.h"
#include "NetLog.h"
#include "api/Decoders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace pli {

EventStream::EventStream(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_silence.setSingleShot(true);
    setKeepAliveInterval(DefaultKeepAliveMs);
    connect(&m_silence, &QTimer::timeout, this, &EventStream::onSilence);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::connectNow);
    // The connection goes before its children (this stream may be one): close the stream while
    // its network access manager still exists, since aborting a reply reaches the manager.
    if (api)
        connect(api, &QObject::destroyed, this, &EventStream::stop);
}

EventStream::~EventStream()
{
    if (m_api) {
        abandonJob();
    } else if (EventStreamJob *job = m_job) {
        job->disconnect(this); // being destroyed with the connection: nothing left to abort
    }
}

void EventStream::setKeepAliveInterval(int milliseconds)
{
    m_silence.setInterval(qMax(1, milliseconds) * 5 / 2);
}

void EventStream::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(0, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
}

void EventStream::start()
{
    if (m_state != State::Stopped)
        return;
    m_failures = 0;
    connectNow();
}

void EventStream::stop()
{
    if (m_state == State::Stopped)
        return;
    m_retryTimer.stop();
    m_silence.stop();
    abandonJob();
    qCInfo(lcNet) << "event stream closed";
    setState(State::Stopped);
}

void EventStream::connectNow()
{
    if (!m_api) {
        setState(State::Stopped);
        Q_EMIT stopped(Error(Error::Code::Cancelled));
        return;
    }
    m_parser.restart();
    m_resuming = !m_parser.lastEventId().isEmpty();
    // The job belongs to the ApiClient (it must not outlive its network access manager).
    auto *job = new EventStreamJob(m_api, m_parser.lastEventId());
    m_job = job;
    connect(job, &EventStreamJob::requestSent, this, [this] { m_silence.start(); });
    connect(job, &EventStreamJob::opened, this, &EventStream::onOpened);
    connect(job, &EventStreamJob::bytesReceived, this, &EventStream::onBytes);
    connect(job, &Job::finished, this, [this, job] { onJobFinished(job); });
    setState(State::Connecting);
    job->start();
}

void EventStream::onOpened()
{
    m_silence.start();
    m_failures = 0;
    ++m_openCount;
    qCInfo(lcNet) << "event stream open" << (m_resuming ? "(resumed)" : "");
    setState(State::Open);
    Q_EMIT opened(m_resuming);
}

void EventStream::onBytes(const QByteArray &bytes)
{
    m_silence.start();
    const QList<ServerSentEvent> events = m_parser.feed(bytes);
    const QPointer<EventStream> alive(this);
    for (const ServerSentEvent &event : events) {
        deliver(event);
        // A receiver may have stopped or deleted the stream.
        if (!alive || m_state != State::Open)
            return;
    }
    if (m_parser.hasError())
        dropConnection(Error(Error::Code::MalformedResponse,
                             QStringLiteral("event larger than %1 bytes")
                                 .arg(ServerSentEventParser::DefaultMaxEventSize)));
}

void EventStream::onJobFinished(EventStreamJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    m_silence.stop();
    const Error error = job->isSuccess() ? Error(Error::Code::Network,
                                                 QStringLiteral("the server ended the stream"))
                                         : job->error();
    if (isFinal(error)) {
        qCInfo(lcNet) << "event stream stopped:" << error.codeName() << error.httpStatus();
        setState(State::Stopped);
        Q_EMIT stopped(error);
        return;
    }
    scheduleReconnect(error);
}

void EventStream::onSilence()
{
    qCInfo(lcNet) << "event stream silent for" << m_silence.interval() << "ms: reconnecting";
    dropConnection(Error(Error::Code::Timeout, QStringLiteral("no keep-alive from the server")));
}

void EventStream::dropConnection(const Error &error)
{
    abandonJob();
    m_silence.stop();
    scheduleReconnect(error);
}

void EventStream::scheduleReconnect(const Error &error)
{
    // A stream that opened and then broke comes back after the base delay; attempts that did
    // not even open wait twice as long each time, so a server that is down is not hammered.
    if (m_state != State::Open)
        ++m_failures;
    const int base = m_parser.retryMs() >= 0 ? m_parser.retryMs() : m_firstRetryMs;
    qint64 delay = qint64(base) << qBound(0, m_failures - 1, 16);
    if (error.retryAfterSeconds() > 0)
        delay = qMax<qint64>(delay, qint64(error.retryAfterSeconds()) * 1000);
    // Up to a tenth more, at random: clients dropped together do not all come back together.
    delay += QRandomGenerator::global()->bounded(qMax<qint64>(1, delay / 10));
    const int wait = int(qMin<qint64>(delay, m_maxRetryMs));
    qCInfo(lcNet).noquote() << "event stream dropped:" << error.codeName() << error.detail()
                            << "- next attempt in" << wait << "ms";
    m_retryTimer.start(wait);
    setState(State::Waiting);
    Q_EMIT dropped(error, wait);
}

void EventStream::abandonJob()
{
    if (EventStreamJob *job = m_job) {
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
    }
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool EventStream::isFinal(const Error &error)
{
    switch (error.code()) {
    case Error::Code::SessionExpired: // the refresh token was refused: sign in again
    case Error::Code::Unauthorized:   // a 401 that no refresh could cure
    case Error::Code::Forbidden:
    case Error::Code::NotFound: // a server without live updates
    case Error::Code::Gone:
    case Error::Code::InsecureConnection:
    case Error::Code::UntrustedCertificate: // asking again cannot help until a person decides
    case Error::Code::CertificateChanged:
    case Error::Code::InvalidInput:
    case Error::Code::Cancelled: // the session was cleared (sign-out)
        return true;
    default:
        return false;
    }
}

void EventStream::deliver(const ServerSentEvent &event)
{
    Q_EMIT eventReceived(event);
    const bool known = event.type == u"persona.unread" || event.type == u"message.created" ||
                       event.type == u"conversation.updated";
    if (!known)
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data.toUtf8(), &parseError);
    const QJsonObject data = document.object();
    const QString personaId = data.value(QStringLiteral("persona_id")).toString();
    if (!document.isObject() || personaId.isEmpty()) {
        qCWarning(lcNet).noquote() << "ignoring a malformed" << event.type << "event";
        return;
    }
    if (event.type == u"persona.unread") {
        const QJsonValue count = data.value(QStringLiteral("unread_count"));
        if (!count.isDouble() || count.toDouble() < 0) {
            qCWarning(lcNet) << "ignoring a persona.unread event without a count";
            return;
        }
        Q_EMIT personaUnreadChanged(personaId, count.toInt());
        return;
    }
    const QString conversationId = data.value(QStringLiteral("conversation_id")).toString();
    if (conversationId.isEmpty()) {
        qCWarning(lcNet).noquote() << "ignoring a" << event.type << "event without a conversation";
        return;
    }
    if (event.type == u"message.created") {
        Q_EMIT messageCreated(conversationId, personaId);
        MessageArrival arrival;
        if (const Error error = decodeMessageArrival(data, arrival)) {
            qCWarning(lcNet).noquote()
                << "a message.created event says too little:" << error.detail();
            arrival = {conversationId, personaId, {}, {}, {}, false};
        }
        Q_EMIT messageArrived(arrival);
    } else {
        Q_EMIT conversationUpdated(conversationId, personaId);
    }
}

} // namespace pli
