#pragma once

#include <QCoreApplication>
#include <QString>

namespace pli::cli {

class Console;

// One line of transfer progress on standard error, redrawn in place, only when standard error
// is a terminal (a log file or a pipe gets nothing).
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::ProgressLine)
public:
    ProgressLine(Console &console, QString label);
    ~ProgressLine();

    void update(qint64 done, qint64 total, double bytesPerSecond, int etaSeconds);
    // What the line is about from the next update() on (the next file of several).
    void setLabel(const QString &label);
    // Clears the line (the result is printed next).
    void clear();

private:
    Console &m_console;
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
};

} // namespace pli::cli
