#include "MessageText.h"

#include <QLocale>
#include <QRegularExpression>

namespace pli::ui {

QString MessageText::toHtml(const QString &plainBody)
{
    // Escaping first means a link can only be made of text the sender typed as text; '&' in a
    // URL becomes "&amp;", which the href attribute decodes back.
    QString html = plainBody.toHtmlEscaped();
    static const QRegularExpression link(QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)']))"),
                                         QRegularExpression::CaseInsensitiveOption);
    html.replace(link, QStringLiteral(R"(<a href="\1">\1</a>)"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

bool MessageText::isLong(const QString &plainBody)
{
    return plainBody.size() > CollapsedChars ||
           plainBody.count(QLatin1Char('\n')) >= CollapsedLines;
}

QString MessageText::collapsed(const QString &plainBody)
{
    if (!isLong(plainBody))
        return plainBody;
    QString start = plainBody.section(QLatin1Char('\n'), 0, CollapsedLines - 1);
    if (start.size() > CollapsedChars) {
        start.truncate(CollapsedChars);
        // Cut at a word boundary when there is one not too far back.
        const qsizetype space = start.lastIndexOf(QLatin1Char(' '));
        if (space > CollapsedChars / 2)
            start.truncate(space);
    }
    return start.trimmed() + QChar(0x2026);
}

QString MessageText::dateTime(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    // The locale's short date, then the time with seconds and the zone ("15:14:18 EST", as the
    // portal showed): the long time formats of some locales spell it out ("15 h 14 min 18 s").
    const bool twelveHour =
        locale.timeFormat(QLocale::ShortFormat).contains(QLatin1String("ap"), Qt::CaseInsensitive);
    const QString time = twelveHour ? QStringLiteral("h:mm:ss AP t") : QStringLiteral("HH:mm:ss t");
    return locale.toString(local,
                           locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" – ") + time);
}

QString MessageText::fileLabel(const QString &name, qint64 size)
{
    return QStringLiteral("%1 (%2)").arg(
        name, QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat));
}

} // namespace pli::ui
