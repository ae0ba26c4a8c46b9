#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>

namespace pli {

// Speed and time left of a transfer, averaged over the last few seconds so that the numbers the
// UI shows do not jump with every network packet.
class TransferRate
{
public:
    explicit TransferRate(int windowMs = 5000);

    // Forgets the history (pause, restart).
    void reset();
    // Records that `totalDone` bytes are done now.
    void sample(qint64 totalDone);
    double bytesPerSecond() const;
    // Seconds until `total` at the current speed; -1 when unknown.
    int etaSeconds(qint64 done, qint64 total) const;

private:
    int m_windowMs;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms since start, bytes done)
};

} // namespace pli
