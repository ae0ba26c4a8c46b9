#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace pli {

class RangeFetch;

// Notices a connection of a download that went quiet: nothing received for `quietMs` while
// another connection of the same download received bytes in that time. Such a connection is
// stuck (a stalled peer or middlebox) rather than the link being slow, and its range is better
// asked again on a fresh connection now than after the stall timeout. When no connection
// progresses, none is reported: that is the link or the server, which the timeout handles.
class StallWatch : public QObject
{
    Q_OBJECT
public:
    explicit StallWatch(int quietMs, QObject *parent = nullptr);

    // Watches `fetch` from now until its done() or its destruction.
    void watch(RangeFetch *fetch);
    // Stops watching `fetch` (aborted by its owner).
    void forget(RangeFetch *fetch);

Q_SIGNALS:
    // At most once per fetch; the owner aborts it and asks for the rest of its range again.
    void quiet(pli::RangeFetch *fetch);

private:
    struct Watched
    {
        qint64 sinceMs = 0;      // its last byte, or its start
        qint64 lastBytesMs = -1; // its last byte
    };
    void check();
    void ended(RangeFetch *fetch);

    int m_quietMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QHash<RangeFetch *, Watched> m_watched;
    qint64 m_endedBytesMs = -1; // the last byte of the connections that ended
};

} // namespace pli
