#pragma once

#include <QBitArray>
#include <QList>

namespace pli {

class RangeFetch;

// The chunks of a ranged download in this run: the fetch each has in flight, the bytes of it
// already written, its failures in a row and how long it waits before the next try. Which chunks
// are done is the journal's (DownloadJournal::done).
class ChunkTable
{
public:
    struct Chunk
    {
        qint64 received = 0; // bytes already written at the chunk's start (this session)
        int attempts = 0;
        qint64 notBeforeMs = 0;
        RangeFetch *fetch = nullptr;
    };

    void reset(qsizetype count) { m_chunks = QList<Chunk>(count); }
    Chunk &operator[](qsizetype index) { return m_chunks[index]; }
    qsizetype indexOf(const RangeFetch *fetch) const;
    int inFlight() const;

    // Takes `fetch` out of its chunk (aborted and deleted later), counting the bytes it wrote; the
    // chunk may start again at once. False when no chunk has it.
    bool release(RangeFetch *fetch);
    void releaseAll();
    // After a pause: every chunk may be tried again now, with its full count of attempts.
    void forgetFailures();

    // The chunks to start now: not done, not in flight, not waiting, as many as `connections`
    // allow beside those in flight. `wakeMs` becomes the end of the earliest wait that held one
    // back (-1: none); `allDone` whether every chunk is done.
    QList<qsizetype> toStart(const QBitArray &done, int connections, qint64 nowMs, qint64 &wakeMs,
                             bool &allDone) const;

private:
    QList<Chunk> m_chunks;
};

} // namespace pli
