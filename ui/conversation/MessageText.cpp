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

QString MessageText::fileLabel(const QString &name, qint64 size)
{
    return QStringLiteral("%1 (%2)").arg(
        name, QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat));
}

} // namespace pli::ui
