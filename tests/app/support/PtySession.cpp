#include "PtySession.h"

#include <QDeadlineTimer>

#include <gtest/gtest.h>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace pli::test {

PtySession::PtySession(const QProcessEnvironment &environment, const QStringList &arguments,
                       const QString &workingDirectory)
{
    // Everything the child needs is prepared before fork: after it, only async-signal-safe
    // calls are allowed.
    std::vector<std::string> args{PLI_CLI_BINARY};
    for (const QString &argument : arguments)
        args.push_back(argument.toStdString());
    std::vector<std::string> env;
    for (const QString &entry : environment.toStringList())
        env.push_back(entry.toStdString());
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (auto &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const std::string directory = workingDirectory.toStdString();

    struct winsize size = {};
    size.ws_row = 40;
    size.ws_col = 120;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (m_pid == 0) {
        if (::chdir(directory.c_str()) != 0)
            ::_exit(126);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    if (m_pid < 0)
        ADD_FAILURE() << "forkpty failed";
}

PtySession::~PtySession()
{
    if (m_pid > 0 && m_status < 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

void PtySession::type(const QByteArray &keys)
{
    qsizetype written = 0;
    while (written < keys.size()) {
        const ssize_t n = ::write(m_master, keys.constData() + written, keys.size() - written);
        if (n <= 0)
            return;
        written += n;
    }
}

bool PtySession::pump(int timeoutMs)
{
    struct pollfd fd = {m_master, POLLIN, 0};
    if (::poll(&fd, 1, timeoutMs) <= 0)
        return false;
    char buffer[4096];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0)
        return false; // EIO once the child has closed the terminal
    m_screen.append(buffer, n);
    return true;
}

bool PtySession::waitFor(const QByteArray &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_screen.contains(text)) {
        if (deadline.hasExpired())
            return false;
        if (!pump(50)) {
            int status = 0;
            if (m_status < 0 && ::waitpid(m_pid, &status, WNOHANG) == m_pid)
                m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            if (m_status >= 0) {
                while (pump(50)) {
                }
                return m_screen.contains(text);
            }
        }
    }
    return true;
}

bool PtySession::echoes() const
{
    struct termios settings = {};
    if (::tcgetattr(m_master, &settings) != 0)
        return false;
    return (settings.c_lflag & ECHO) != 0;
}

int PtySession::finish(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_status < 0) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        if (deadline.hasExpired())
            return -1;
        pump(50);
    }
    while (pump(50)) {
    }
    return m_status;
}

} // namespace pli::test
