#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace pli {
class Error;
}

namespace pli::cli {

// Standard output (results) and standard error (prompts, progress, warnings, errors) as text
// streams, and what kind of files they are. Results never mix with messages, so that `--json`
// output can be piped as it is.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::Console)
public:
    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

    // "pli-cli: <message>" on standard error, the translated sentence of `error` followed by its
    // detail when that adds something.
    void printError(const Error &error);
    void printError(const QString &message);
    // A line on standard error for the person at the terminal (notices, warnings).
    void note(const QString &text);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace pli::cli
