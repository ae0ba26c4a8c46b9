#include "transfers/ChunkTable.h"

#include "transfers/RangeFetch.h"

namespace pli {

qsizetype ChunkTable::indexOf(const RangeFetch *fetch) const
{
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        if (m_chunks[i].fetch == fetch)
            return i;
    }
    return -1;
}

int ChunkTable::inFlight() const
{
    int count = 0;
    for (const Chunk &chunk : m_chunks)
        count += chunk.fetch ? 1 : 0;
    return count;
}

bool ChunkTable::release(RangeFetch *fetch)
{
    const qsizetype index = fetch ? indexOf(fetch) : -1;
    if (index < 0)
        return false;
    Chunk &chunk = m_chunks[index];
    chunk.received += fetch->received();
    chunk.notBeforeMs = 0;
    chunk.fetch = nullptr;
    fetch->abort();
    fetch->deleteLater();
    return true;
}

void ChunkTable::releaseAll()
{
    for (qsizetype i = 0; i < m_chunks.size(); ++i)
        release(m_chunks[i].fetch);
}

void ChunkTable::forgetFailures()
{
    for (Chunk &chunk : m_chunks) {
        chunk.attempts = 0;
        chunk.notBeforeMs = 0;
    }
}

QList<qsizetype> ChunkTable::toStart(const QBitArray &done, int connections, qint64 nowMs,
                                     qint64 &wakeMs, bool &allDone) const
{
    QList<qsizetype> start;
    int active = inFlight();
    wakeMs = -1;
    allDone = true;
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        if (done.testBit(i))
            continue;
        allDone = false;
        const Chunk &chunk = m_chunks[i];
        if (chunk.fetch || active >= connections)
            continue;
        if (chunk.notBeforeMs > nowMs) {
            wakeMs = wakeMs < 0 ? chunk.notBeforeMs : qMin(wakeMs, chunk.notBeforeMs);
            continue;
        }
        start.append(i);
        ++active;
    }
    return start;
}

} // namespace pli
