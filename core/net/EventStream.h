#pragma once

#include "Error.h"
#include "ServerSentEventParser.h"
#include "api/Types.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pli {

class ApiClient;
class EventStreamJob;

// The live updates of one signed-in account (GET /events) as typed signals. Keeps one stream
// open while started: after a drop it reconnects with Last-Event-ID (so nothing published
// meanwhile is lost), waiting the server's `retry` delay, then doubling it after each failed
// attempt up to a cap; a stream silent for 2.5 keep-alive periods is taken for dead (a NAT or
// a suspended laptop drops connections without telling) and replaced. The access token is
// refreshed on a 401 through the ApiClient; a refused session, a refused address, a server
// certificate the account does not trust or a missing endpoint stop the stream for good
// (stopped()). Never blocks, never logs a token.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Connecting,
        Open,
        Waiting, // for the next reconnection attempt
    };
    Q_ENUM(State)

    static constexpr int DefaultKeepAliveMs = 25000;
    static constexpr int DefaultFirstRetryMs = 3000;
    static constexpr int DefaultMaxRetryMs = 60000;

    explicit EventStream(ApiClient *api, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    // Closes the stream and cancels a planned reconnection (sign-out); start() again resumes
    // after the last event received.
    void stop();
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    // The id sent as Last-Event-ID on the next connection (empty: only new events).
    QString lastEventId() const { return m_parser.lastEventId(); }
    // The server's keep-alive period (pli-server: 25 s, `--sse-keep-alive`).
    void setKeepAliveInterval(int milliseconds);
    int silenceLimit() const { return m_silence.interval(); }
    // First reconnection delay (replaced by the server's `retry:`) and the cap of the backoff.
    void setReconnectDelays(int firstMs, int maxMs);
    // The delay before the planned reconnection (meaningful in state Waiting).
    int reconnectDelay() const { return m_retryTimer.interval(); }
    // Connections opened since construction (diagnostics and tests).
    int openCount() const { return m_openCount; }

Q_SIGNALS:
    void stateChanged(pli::EventStream::State state);
    // The stream is open. `resumed`: it continued after a Last-Event-ID, so nothing was missed;
    // otherwise whatever happened before this moment was not announced (reload what is shown).
    void opened(bool resumed);
    // The stream broke or could not be opened; another attempt follows in `retryInMs`.
    void dropped(const pli::Error &error, int retryInMs);
    // No more attempts: the session is over, the address or the server's certificate is refused
    // or the server has no /events. start() tries again.
    void stopped(const pli::Error &error);

    // Every event, as received (the typed signals below follow for the known types).
    void eventReceived(const pli::ServerSentEvent &event);
    void personaUnreadChanged(const QString &personaId, int unreadCount);
    void messageCreated(const QString &conversationId, const QString &personaId);
    // The same event with what it says of the message (sender, title), right after
    // messageCreated: what a notification shows.
    void messageArrived(const pli::MessageArrival &arrival);
    void conversationUpdated(const QString &conversationId, const QString &personaId);

private:
    void connectNow();
    void onOpened();
    void onBytes(const QByteArray &bytes);
    void onJobFinished(EventStreamJob *job);
    void onSilence();
    void dropConnection(const Error &error);
    void scheduleReconnect(const Error &error);
    void abandonJob();
    void setState(State state);
    void deliver(const ServerSentEvent &event);
    static bool isFinal(const Error &error);

    QPointer<ApiClient> m_api;
    QPointer<EventStreamJob> m_job;
    ServerSentEventParser m_parser;
    QTimer m_silence;
    QTimer m_retryTimer;
    State m_state = State::Stopped;
    int m_firstRetryMs = DefaultFirstRetryMs;
    int m_maxRetryMs = DefaultMaxRetryMs;
    int m_failures = 0;
    int m_openCount = 0;
    bool m_resuming = false;
};

} // namespace pli
