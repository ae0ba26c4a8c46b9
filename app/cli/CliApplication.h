#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace pli::cli {

class CliContext;
class Command;
class Console;

// pli-cli from its arguments to its exit status: parses the command line, answers --help,
// --version and `help`, refuses wrong usage with status 2, and runs the one command asked for.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::CliApplication)
public:
    // `arguments` without the program name.
    static ExitCode run(const QStringList &arguments);

private:
    static std::unique_ptr<Command> create(const QString &name, CliContext &context);
    static ExitCode usage(Console &console, const QString &problem, const QString &command);
};

} // namespace pli::cli
