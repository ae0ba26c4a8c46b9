#include "transfers/TransferRate.h"

#include <cmath>

namespace pli {

TransferRate::TransferRate(int windowMs)
    : m_windowMs(windowMs)
{
    m_clock.start();
}

void TransferRate::reset()
{
    m_samples.clear();
    m_clock.restart();
}

void TransferRate::sample(qint64 totalDone)
{
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, totalDone});
    while (m_samples.size() > 2 && now - m_samples.at(1).first >= m_windowMs)
        m_samples.removeFirst();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const qint64 ms = m_samples.last().first - m_samples.first().first;
    if (ms <= 0)
        return 0;
    return double(m_samples.last().second - m_samples.first().second) * 1000.0 / double(ms);
}

int TransferRate::etaSeconds(qint64 done, qint64 total) const
{
    const double speed = bytesPerSecond();
    if (total < 0 || speed <= 0)
        return -1;
    return int(std::ceil(double(qMax<qint64>(0, total - done)) / speed));
}

} // namespace pli
