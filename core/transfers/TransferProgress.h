#pragma once

#include "transfers/TransferRate.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

namespace pli {

// The progress a transfer job reports while it runs: sampled every `intervalMs` rather than on
// every packet, with the speed averaged over the last seconds and the time left, and reported
// only when something moved (report() always does: pauses, the end).
class TransferProgress : public QObject
{
    Q_OBJECT
public:
    // What is done and the total, in bytes (total -1 when not known yet).
    using Source = std::function<std::pair<qint64, qint64>()>;

    TransferProgress(int intervalMs, Source source, QObject *parent = nullptr);

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Forgets the speed history (after a pause or a restart from zero).
    void resetRate() { m_rate.reset(); }
    // Reports now, moved or not.
    void report() { sample(true); }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }

Q_SIGNALS:
    // eta -1 when unknown.
    void progressed(qint64 done, qint64 total, double bytesPerSecond, int etaSeconds);

private:
    void sample(bool force);

    Source m_source;
    QTimer m_timer;
    TransferRate m_rate;
    qint64 m_lastReported = -1;
};

} // namespace pli
