#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pli::test {

// A private home for one test's pli-cli runs: HOME and the XDG folders in a temporary
// directory, so that accounts, settings and pending uploads never leak between tests. The
// D-Bus session (the test keyring) is passed through; messages default to English and times to
// UTC so that output is predictable.
class CliHome
{
public:
    CliHome();

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString configFile() const;
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
};

// How one run of pli-cli ended.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// The real pli-cli binary as a child process, driven like a person or a script would: lines
// written to its standard input, waits on what it prints. Waiting runs the Qt event loop, so
// objects of the test (a fault proxy) keep working meanwhile.
class CliProcess
{
public:
    CliProcess(const QProcessEnvironment &environment, const QStringList &arguments,
               const QString &workingDirectory = {});
    ~CliProcess();
    CliProcess(const CliProcess &) = delete;
    CliProcess &operator=(const CliProcess &) = delete;

    void writeLine(const QString &line);
    void closeInput();
    // Waits until standard error matches; false on timeout or when the process ended first.
    bool waitForError(const QRegularExpression &pattern, int timeoutMs = 20000);
    QRegularExpressionMatch errorMatch(const QRegularExpression &pattern) const;
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGKILL, as `kill -9` would.
    void kill();
    CliResult finish(int timeoutMs = 120000);

    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Runs pli-cli to the end with `input` on its standard input.
CliResult runCli(const QProcessEnvironment &environment, const QStringList &arguments,
                 const QString &input = {}, const QString &workingDirectory = {});

} // namespace pli::test
