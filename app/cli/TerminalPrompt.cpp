#include "TerminalPrompt.h"

#include "Console.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace pli::cli {

namespace {

// The terminal settings to put back when a signal interrupts a hidden answer. Written before
// echo is turned off, read by the handler: plain globals are all a handler may touch.
struct termios g_saved;
volatile sig_atomic_t g_restoreOnSignal = 0;
const int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
struct sigaction g_previous[std::size(kSignals)];

void restoreAndReraise(int signal)
{
    if (g_restoreOnSignal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    // Leave the prompt's line before the shell prints its own.
    (void)!::write(STDERR_FILENO, "\n", 1);
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    ::sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

// Echo off for the duration of one answer, back on at the end of the scope or on a signal.
class HiddenInput
{
public:
    HiddenInput()
    {
        if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        struct sigaction handler = {};
        handler.sa_handler = restoreAndReraise;
        sigemptyset(&handler.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &handler, &g_previous[i]);
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        g_restoreOnSignal = 1;
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~HiddenInput()
    {
        if (!g_restoreOnSignal)
            return;
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_restoreOnSignal = 0;
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &g_previous[i], nullptr);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    bool m_active = false;
};

} // namespace

TerminalPrompt::TerminalPrompt(Console &console, bool answersFromStdin)
    : m_console(console)
    , m_answersFromStdin(answersFromStdin)
{}

bool TerminalPrompt::canAsk() const
{
    return m_answersFromStdin || Console::stdinIsTerminal();
}

bool TerminalPrompt::isInteractive() const
{
    return Console::stdinIsTerminal();
}

std::optional<QString> TerminalPrompt::ask(const QString &question, Echo echo)
{
    if (!canAsk())
        return std::nullopt;
    m_console.out().flush();
    // Echo goes off before the question shows: an answer typed the moment it appears must
    // not be echoed (nor discarded by the switch).
    std::optional<HiddenInput> quiet;
    if (echo == Echo::Hidden && Console::stdinIsTerminal())
        quiet.emplace();
    m_console.err() << question << Qt::flush;
    std::optional<QString> answer = readLine();
    quiet.reset();
    // Without a terminal the answer was not echoed: end the prompt's line ourselves.
    if (!Console::stdinIsTerminal())
        m_console.err() << Qt::endl;
    return answer;
}

std::optional<QString> TerminalPrompt::readLine()
{
    char *buffer = nullptr;
    std::size_t capacity = 0;
    const ssize_t length = ::getline(&buffer, &capacity, stdin);
    std::optional<QString> answer;
    if (length >= 0) {
        QByteArray line(buffer, length);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        answer = QString::fromUtf8(line);
        line.fill('\0');
    }
    if (buffer) {
        // The answer may be a password: leave nothing of it in freed memory.
        std::memset(buffer, 0, capacity);
        std::free(buffer);
    }
    return answer;
}

} // namespace pli::cli
