#include "transfers/StallWatch.h"

#include "transfers/RangeFetch.h"
#include "transfers/TransferLog.h"

namespace pli {

StallWatch::StallWatch(int quietMs, QObject *parent)
    : QObject(parent)
    , m_quietMs(qMax(1, quietMs))
{
    m_clock.start();
    // A stall is noticed at most a fifth of the quiet time late.
    m_timer.setInterval(qMax(20, m_quietMs / 5));
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::check);
}

void StallWatch::watch(RangeFetch *fetch)
{
    m_watched.insert(fetch, Watched{m_clock.elapsed(), -1});
    connect(fetch, &RangeFetch::bytesWritten, this, [this, fetch] {
        const auto it = m_watched.find(fetch);
        if (it != m_watched.end())
            it->sinceMs = it->lastBytesMs = m_clock.elapsed();
    });
    connect(fetch, &RangeFetch::done, this, [this, fetch] { ended(fetch); });
    connect(fetch, &QObject::destroyed, this, [this, fetch] { forget(fetch); });
    if (!m_timer.isActive())
        m_timer.start();
}

void StallWatch::forget(RangeFetch *fetch)
{
    if (m_watched.remove(fetch) == 0)
        return;
    fetch->disconnect(this);
    if (m_watched.isEmpty())
        m_timer.stop();
}

void StallWatch::ended(RangeFetch *fetch)
{
    const auto it = m_watched.constFind(fetch);
    if (it != m_watched.constEnd())
        m_endedBytesMs = qMax(m_endedBytesMs, it->lastBytesMs);
    forget(fetch);
}

void StallWatch::check()
{
    const qint64 now = m_clock.elapsed();
    const qint64 recent = now - m_quietMs;
    QList<RangeFetch *> stuck;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (it->sinceMs > recent)
            continue;
        // Progress of the others: bytes after this one went quiet, and lately.
        const qint64 since = qMax(it->sinceMs + 1, recent);
        bool othersProgress = m_endedBytesMs >= since;
        for (auto other = m_watched.cbegin(); !othersProgress && other != m_watched.cend(); ++other)
            othersProgress = other.key() != it.key() && other->lastBytesMs >= since;
        if (othersProgress)
            stuck.append(it.key());
    }
    for (RangeFetch *fetch : std::as_const(stuck)) {
        if (!m_watched.contains(fetch))
            continue; // aborted by a slot meanwhile
        qCInfo(lcTransfer) << "no byte for" << now - m_watched.value(fetch).sinceMs
                           << "ms at offset" << fetch->begin() + fetch->received()
                           << "while other connections progress";
        forget(fetch);
        Q_EMIT quiet(fetch);
    }
}

} // namespace pli
