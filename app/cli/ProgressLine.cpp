#include "ProgressLine.h"

#include "Console.h"
#include "DisplayText.h"

namespace pli::cli {

namespace {
// Back to the start of the line and erase it.
const QString kClear = QStringLiteral("\r\x1b[K");

QString duration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ProgressLine::ProgressLine(Console &console, QString label)
    : m_console(console)
    , m_label(DisplayText::safe(label))
    , m_enabled(Console::stderrIsTerminal())
{}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::update(qint64 done, qint64 total, double bytesPerSecond, int etaSeconds)
{
    if (!m_enabled)
        return;
    QString line = m_label + QStringLiteral("  ");
    if (total > 0)
        line += QStringLiteral("%1%  ").arg(done * 100 / total, 3);
    //: transfer progress: %1 bytes done of %2 in all
    line += total > 0 ? tr("%1 of %2").arg(DisplayText::size(done), DisplayText::size(total))
                      : DisplayText::size(done);
    if (bytesPerSecond > 0)
        line +=
            QStringLiteral("  ") + DisplayText::size(qint64(bytesPerSecond)) + QStringLiteral("/s");
    if (etaSeconds >= 0)
        //: time left in a transfer, e.g. "1:05 left"
        line += QStringLiteral("  ") + tr("%1 left").arg(duration(etaSeconds));
    m_console.err() << kClear << line << Qt::flush;
    m_drawn = true;
}

void ProgressLine::setLabel(const QString &label)
{
    m_label = DisplayText::safe(label);
}

void ProgressLine::clear()
{
    if (!m_drawn)
        return;
    m_console.err() << kClear << Qt::flush;
    m_drawn = false;
}

} // namespace pli::cli
