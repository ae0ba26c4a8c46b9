#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pli {

// One event of a text/event-stream: `type` is "message" when the server named none; `id` is
// the stream's last event id once this event was dispatched (it carries over from earlier
// events when this one had no `id:` line).
struct ServerSentEvent
{
    QString type;
    QString data;
    QString id;
};

// Reads a text/event-stream incrementally, as the HTML standard's event-stream interpretation
// says: bytes may arrive split anywhere (inside a line, between CR and LF, inside a UTF-8
// sequence); lines end with CRLF, LF or CR; `data:` lines join with "\n"; comments (":") only
// prove the stream is alive; `id:` sets the id to resume from; `retry:` the reconnection delay.
// A line or event larger than the limit puts the parser in error (a broken or hostile server
// must not fill the memory): the caller drops the connection.
class ServerSentEventParser
{
public:
    static constexpr qsizetype DefaultMaxEventSize = 1 << 20;

    explicit ServerSentEventParser(qsizetype maxEventSize = DefaultMaxEventSize);

    // The events completed by `bytes`, in order. Nothing once in error.
    QList<ServerSentEvent> feed(QByteArrayView bytes);
    // A new connection starts: partial lines and events are dropped; the last event id and the
    // reconnection delay are kept (they are what a reconnection uses).
    void restart();

    QString lastEventId() const { return m_lastEventId; }
    void setLastEventId(const QString &id) { m_lastEventId = id; }
    // The delay from the newest valid `retry:` line, -1 before any.
    int retryMs() const { return m_retryMs; }
    // Comment lines seen since the parser was made (keep-alives).
    int commentCount() const { return m_comments; }
    bool hasError() const { return m_error; }

private:
    void processLine(QByteArrayView line, QList<ServerSentEvent> &events);
    void dispatch(QList<ServerSentEvent> &events);

    qsizetype m_maxEventSize;
    QByteArray m_line;
    bool m_afterCr = false; // the previous byte was a CR: a LF right after it is the same end
    bool m_bomChecked = false;
    QString m_type;
    QString m_data;
    QString m_idBuffer;
    QString m_lastEventId;
    int m_retryMs = -1;
    int m_comments = 0;
    bool m_error = false;
};

} // namespace pli

Q_DECLARE_METATYPE(pli::ServerSentEvent)
