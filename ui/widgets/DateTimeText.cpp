#include "DateTimeText.h"

#include <QTimeZone>

namespace pli::ui {

namespace {

// A name made of letters only ("EST", "HNE"), not an offset in disguise ("UTC−5", "GMT+1",
// "+04"), except "UTC"/"GMT" themselves when the offset really is zero.
bool isAbbreviation(const QString &name, int offsetSeconds)
{
    if (name.isEmpty() || name.size() > 6)
        return false;
    for (const QChar c : name)
        if (!c.isLetter())
            return false;
    const bool universal = name == QLatin1String("UTC") || name == QLatin1String("GMT");
    return !universal || offsetSeconds == 0;
}

QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offsetSeconds) / 60;
    // A true minus sign, as typography (and the portal) writes offsets.
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DateTimeText::dateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    // Some locales spell the long time out ("15 h 14 min 18 s"): keep the digits, with seconds,
    // in the locale's 12- or 24-hour habit.
    const bool twelveHour =
        locale.timeFormat(QLocale::ShortFormat).contains(QLatin1String("ap"), Qt::CaseInsensitive);
    const QString time = locale.toString(local.time(), twelveHour ? QStringLiteral("h:mm:ss AP")
                                                                  : QStringLiteral("HH:mm:ss"));
    return QStringLiteral("%1 – %2 %3")
        .arg(locale.toString(local.date(), mediumDateFormat(locale)), time,
             zoneName(local, locale));
}

QString DateTimeText::mediumDateFormat(const QLocale &locale)
{
    const QString longFormat = locale.dateFormat(QLocale::LongFormat);
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < longFormat.size(); ++i) {
        const QChar c = longFormat.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            out += c;
            continue;
        }
        if (!quoted && QStringView(longFormat).mid(i, 4) == QLatin1String("dddd")) {
            i += 3; // the day of the week goes
            continue;
        }
        if (!quoted && QStringView(longFormat).mid(i, 4) == QLatin1String("MMMM")) {
            out += QLatin1String("MMM");
            i += 3;
            continue;
        }
        out += c;
    }
    // The separators that stood next to the day of the week: "dddd, MMMM d" -> "MMMM d".
    const auto isSeparator = [](QChar c) {
        return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('.');
    };
    while (!out.isEmpty() && isSeparator(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back().isSpace() || out.back() == QLatin1Char(',')))
        out.chop(1);
    return out.isEmpty() ? locale.dateFormat(QLocale::ShortFormat) : out;
}

QString DateTimeText::zoneName(const QDateTime &local, const QLocale &locale)
{
    const int offset = local.offsetFromUtc();
    // ICU's name in the interface language first ("HNE" in Canadian French), then the tz
    // database's ("CET", which ICU writes "UTC+1" in French), then the offset itself.
    const QString localized =
        QTimeZone::systemTimeZone().displayName(local, QTimeZone::ShortName, locale);
    if (isAbbreviation(localized, offset))
        return localized;
    const QString database = local.timeZoneAbbreviation();
    if (isAbbreviation(database, offset))
        return database;
    return offsetText(offset);
}

} // namespace pli::ui
