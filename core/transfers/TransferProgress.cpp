#include "transfers/TransferProgress.h"

namespace pli {

TransferProgress::TransferProgress(int intervalMs, Source source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { sample(false); });
}

void TransferProgress::sample(bool force)
{
    const auto [done, total] = m_source();
    m_rate.sample(done);
    if (!force && done == m_lastReported)
        return;
    m_lastReported = done;
    Q_EMIT progressed(done, total, m_rate.bytesPerSecond(), m_rate.etaSeconds(done, total));
}

} // namespace pli
