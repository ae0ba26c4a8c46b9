#pragma once

#include "CommandCatalog.h"

#include <QCoreApplication>
#include <QString>

namespace pli::cli {

// The text of `pli-cli --help` (every command, the options, the exit statuses, the files) and
// of `pli-cli help COMMAND`, built from the CommandCatalog.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::HelpText)
public:
    static QString general();
    static QString command(const CommandSpec &spec);
    // "Try 'pli-cli help list'." after a usage error.
    static QString hint(const QString &command);

private:
    static QString options(const QList<OptionSpec> &options);
    static QString wrap(const QString &text, int indent);
};

} // namespace pli::cli
