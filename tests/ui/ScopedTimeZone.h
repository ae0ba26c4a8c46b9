#pragma once
// Puts the process in another time zone (TZ, as a person's computer would be set) for the life
// of the object, then restores the one it had.
#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace pli::test {

class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char *zone) { set(zone); }
    ~ScopedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_saved);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

    void set(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }

private:
    QByteArray m_saved = qgetenv("TZ");
    bool m_had = qEnvironmentVariableIsSet("TZ");
};

} // namespace pli::test
