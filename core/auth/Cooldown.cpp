#include "Cooldown.h"

namespace pli {

Cooldown::Cooldown(QObject *parent)
    : QObject(parent)
    , m_deadline(QDeadlineTimer(0))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Cooldown::tick);
}

void Cooldown::start(int seconds)
{
    if (seconds <= 0) {
        stop();
        return;
    }
    m_deadline = QDeadlineTimer(qint64(seconds) * 1000, Qt::PreciseTimer);
    // Checks four times a second and reports only changes: a timer drifting by a few
    // milliseconds then never skips nor repeats a number.
    m_timer.start(250);
    m_lastReported = seconds;
    Q_EMIT remainingChanged(seconds);
}

void Cooldown::stop()
{
    const bool wasActive = m_timer.isActive();
    m_timer.stop();
    m_deadline = QDeadlineTimer(0);
    if (wasActive || m_lastReported != 0) {
        m_lastReported = 0;
        Q_EMIT remainingChanged(0);
    }
}

int Cooldown::remaining() const
{
    const qint64 ms = m_deadline.remainingTime();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void Cooldown::tick()
{
    const int left = remaining();
    if (left <= 0) {
        stop();
        return;
    }
    if (left != m_lastReported) {
        m_lastReported = left;
        Q_EMIT remainingChanged(left);
    }
}

} // namespace pli
