#include "Console.h"

#include "Error.h"

#include <cstdio>
#include <unistd.h>

namespace pli::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::printError(const Error &error)
{
    QString text = error.message();
    const QString detail = error.detail();
    // Local failures keep their explanation in the detail (which file, which limit, what the
    // network said): show it unless the sentence already includes it. A server's detail is
    // English prose for developers; the translated sentence is what a person reads.
    if (error.httpStatus() == 0 && !detail.isEmpty() && !text.contains(detail))
        text += QStringLiteral(" (") + detail + u')';
    printError(text);
}

void Console::printError(const QString &message)
{
    m_out.flush();
    m_err << QStringLiteral("pli-cli: ") << message << Qt::endl;
}

void Console::note(const QString &text)
{
    m_out.flush();
    m_err << text << Qt::endl;
}

} // namespace pli::cli
