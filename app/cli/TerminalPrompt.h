#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pli::cli {

class Console;

// Asks the person at the terminal a question on standard error and reads the answer from
// standard input, without echo for secrets (termios; the terminal is restored even on Ctrl+C).
// Without a terminal it only reads answers from standard input when that was asked for
// (--password-stdin), one per line, so that a script never hangs on a question it cannot see.
class TerminalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::TerminalPrompt)
public:
    enum class Echo
    {
        Visible,
        Hidden
    };

    TerminalPrompt(Console &console, bool answersFromStdin);

    // Whether a question can be answered at all (a terminal, or answers on standard input).
    bool canAsk() const;
    // Whether a person types the answers (re-asking after a wrong answer makes sense).
    bool isInteractive() const;

    // The answer without its line end; nullopt at the end of input (or Ctrl+D).
    std::optional<QString> ask(const QString &question, Echo echo = Echo::Visible);

private:
    static std::optional<QString> readLine();

    Console &m_console;
    bool m_answersFromStdin;
};

} // namespace pli::cli
