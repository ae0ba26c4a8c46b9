#include "transfers/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pli {

int RetryPolicy::delayMs(int attempt, int retryAfterSeconds) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 exponential = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    // "Equal jitter": at least half the exponential delay, so the growth stays visible.
    const qint64 half = exponential / 2;
    const qint64 jittered = half + QRandomGenerator::global()->bounded(half + 1);
    if (retryAfterSeconds >= 0)
        return int(std::max<qint64>(
            jittered, qint64(std::min(retryAfterSeconds, maxRetryAfterSeconds)) * 1000));
    return int(jittered);
}

} // namespace pli
