#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pli::cli {

// What one command is: its name, how it is typed, what it does, the options of its own and how
// many arguments it takes. Texts are translated when the catalog is built.
struct CommandSpec
{
    QString name;
    QString synopsis;    // the arguments and options after the name
    QString summary;     // one line for the command list
    QString description; // the paragraphs of `pli-cli help NAME`
    QList<OptionSpec> options;
    int minArguments = 0;
    int maxArguments = 0; // -1: no limit
    bool needsSession = true;
};

// Every command and option of pli-cli, in the order the help shows them. The one place that
// knows the command-line surface, so the parser, the checks and the help cannot disagree.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::CommandCatalog)
public:
    // Options every command accepts (account choice, sign-in answers, output).
    static QList<OptionSpec> globalOptions();
    static QList<CommandSpec> commands();
    static std::optional<CommandSpec> find(const QString &name);
    // The global options and those of every command, each name once: what the parser knows.
    static QList<OptionSpec> allOptions();
    // Why `line` does not fit `spec` (an option of another command, too few or too many
    // arguments), empty when it fits.
    static QString mismatch(const CommandSpec &spec, const CommandLine &line);
};

} // namespace pli::cli
