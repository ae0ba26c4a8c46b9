#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pli::ui {

// How a moment is written for people, on cards and on paper alike: "Feb 2, 2015 – 3:14:18 PM EST"
// or "2 févr. 2015 – 15:14:18 HNE". The medium date of the interface language, the time with
// seconds, in the computer's own time zone followed by its abbreviation, as the portal showed it,
// so that a reader can tell exactly when a message was sent and until when it stays available.
class DateTimeText
{
public:
    // Empty for an invalid moment (a date the server did not give).
    static QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());

    // The locale's long date without the day of the week and with the month abbreviated:
    // "MMM d, yyyy" in English, "d MMM yyyy" in French. Qt has no medium date format.
    static QString mediumDateFormat(const QLocale &locale);

    // "EST", "HNE", "CET"; "UTC−05:00" when the zone has no abbreviation worth the name
    // (tzdata writes "-05" or "+04" for many zones).
    static QString zoneName(const QDateTime &local, const QLocale &locale);
};

} // namespace pli::ui
