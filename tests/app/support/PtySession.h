#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <sys/types.h>

namespace pli::test {

// pli-cli run on a pseudo-terminal, as a person at a terminal runs it: its standard input,
// output and error are the terminal, so it asks its questions there, hides what must be hidden
// and draws progress. The test reads everything the terminal would show.
class PtySession
{
public:
    PtySession(const QProcessEnvironment &environment, const QStringList &arguments,
               const QString &workingDirectory);
    ~PtySession();
    PtySession(const PtySession &) = delete;
    PtySession &operator=(const PtySession &) = delete;

    // Types on the keyboard (a line ends with "\n"; "\x03" is Ctrl+C).
    void type(const QByteArray &keys);
    // Waits until the screen shows `text`; false on timeout or when the program ended first.
    bool waitFor(const QByteArray &text, int timeoutMs = 20000);
    QByteArray screen() const { return m_screen; }
    // Whether the terminal echoes what is typed right now.
    bool echoes() const;
    // Waits for the end: the exit status, or 128 + the signal that ended it; -1 on timeout.
    int finish(int timeoutMs = 60000);

private:
    bool pump(int timeoutMs);

    int m_master = -1;
    pid_t m_pid = -1;
    int m_status = -1;
    QByteArray m_screen;
};

} // namespace pli::test
