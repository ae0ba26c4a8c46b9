#include "CliRun.h"

#include "WaitUntil.h"

#include <gtest/gtest.h>

#include <QDir>

namespace pli::test {

CliHome::CliHome()
{
    for (const char *sub : {".config", ".local/share", ".cache", ".local/state"})
        QDir().mkpath(m_dir.filePath(QString::fromLatin1(sub)));
}

QString CliHome::configFile() const
{
    return m_dir.filePath(QStringLiteral(".config/Pli/pli-cli.conf"));
}

QProcessEnvironment CliHome::environment() const
{
    QProcessEnvironment env;
    const QProcessEnvironment outer = QProcessEnvironment::systemEnvironment();
    for (const char *kept : {"PATH", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"}) {
        const QString name = QString::fromLatin1(kept);
        if (outer.contains(name))
            env.insert(name, outer.value(name));
    }
    env.insert(QStringLiteral("HOME"), path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), filePath(QStringLiteral(".local/state")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

CliProcess::CliProcess(const QProcessEnvironment &environment, const QStringList &arguments,
                       const QString &workingDirectory)
{
    m_process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                     [this] { m_out += m_process.readAllStandardOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_err += m_process.readAllStandardError(); });
    m_process.start(QStringLiteral(PLI_CLI_BINARY), arguments);
    if (!m_process.waitForStarted(10000))
        ADD_FAILURE() << "pli-cli did not start: " << m_process.errorString().toStdString();
}

CliProcess::~CliProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void CliProcess::writeLine(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
}

void CliProcess::closeInput()
{
    m_process.closeWriteChannel();
}

QRegularExpressionMatch CliProcess::errorMatch(const QRegularExpression &pattern) const
{
    return pattern.match(err());
}

bool CliProcess::waitForError(const QRegularExpression &pattern, int timeoutMs)
{
    return waitUntil([&] { return errorMatch(pattern).hasMatch() || !isRunning(); }, timeoutMs) &&
           errorMatch(pattern).hasMatch();
}

void CliProcess::kill()
{
    m_process.kill();
    waitUntil([this] { return !isRunning(); }, 10000);
}

CliResult CliProcess::finish(int timeoutMs)
{
    CliResult result;
    if (!waitUntil([this] { return !isRunning(); }, timeoutMs)) {
        ADD_FAILURE() << "pli-cli did not finish in time; stderr so far:\n" << err().toStdString();
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    result.crashed = m_process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : m_process.exitCode();
    result.out = out();
    result.err = err();
    return result;
}

CliResult runCli(const QProcessEnvironment &environment, const QStringList &arguments,
                 const QString &input, const QString &workingDirectory)
{
    CliProcess process(environment, arguments, workingDirectory);
    if (!input.isEmpty())
        process.writeLine(input);
    process.closeInput();
    return process.finish();
}

} // namespace pli::test
