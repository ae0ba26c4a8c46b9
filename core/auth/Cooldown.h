#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace pli {

// A wait counted down in whole seconds (the e-mailed code's 30 s between requests, a rate
// limit's Retry-After): says how long is left and ticks once a second while counting, so a
// button can show "Send again in 12 s" and enable itself at zero.
class Cooldown : public QObject
{
    Q_OBJECT
public:
    explicit Cooldown(QObject *parent = nullptr);

    void start(int seconds);
    void stop();
    // Whole seconds left, rounded up; 0 when not counting.
    int remaining() const;
    bool isActive() const { return remaining() > 0; }

Q_SIGNALS:
    // Emitted on start, once a second while counting, and with 0 at the end.
    void remainingChanged(int seconds);

private:
    void tick();

    QDeadlineTimer m_deadline;
    QTimer m_timer;
    int m_lastReported = 0;
};

} // namespace pli
