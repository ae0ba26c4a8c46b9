#include "HelpText.h"

#include "CliEnvironment.h"

#include <QStringList>

namespace pli::cli {

namespace {
constexpr int kWidth = 79;
} // namespace

QString HelpText::wrap(const QString &text, int indent)
{
    QString out;
    const QString margin(indent, u' ');
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QString line = margin;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (line.size() > indent && line.size() + 1 + word.size() > kWidth) {
                out += line + u'\n';
                line = margin;
            }
            if (line.size() > indent)
                line += u' ';
            line += word;
        }
        out += line + u'\n';
    }
    return out;
}

QString HelpText::options(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &option : options) {
        QString names = option.shortName.isNull()
                            ? QStringLiteral("    --") + option.name
                            : QStringLiteral("-%1, --%2").arg(option.shortName).arg(option.name);
        if (option.takesValue())
            names += u' ' + option.valueName;
        out += QStringLiteral("  ") + names + u'\n';
        out += wrap(option.help, 8);
    }
    return out;
}

QString HelpText::general()
{
    QString out;
    out += tr("Usage: pli-cli COMMAND [ARGUMENTS] [OPTIONS]") + u'\n';
    out += wrap(tr("Pli from the terminal: sign in, read your conversations, reply with "
                   "attachments and download them."),
                0);
    out += u'\n' + tr("Commands:") + u'\n';
    for (const CommandSpec &spec : CommandCatalog::commands()) {
        out += wrap(QStringLiteral("%1 %2").arg(spec.name, spec.synopsis).trimmed(), 2);
        out += wrap(spec.summary, 6);
    }
    out += u'\n' + tr("Options for every command:") + u'\n';
    out += options(CommandCatalog::globalOptions());
    out += u'\n' + tr("Accounts:") + u'\n';
    out += wrap(tr("Several accounts can be used side by side. A command uses the account given "
                   "by --account USER@SERVER (or --server and --user), otherwise the one used "
                   "last. Without a remembered sign-in, a command asks for the password first; "
                   "a script gives it with --password-stdin and --code. An account whose server "
                   "has a certificate authority of its own trusts it once it is given to login "
                   "with --ca-file; other commands use the one kept with the account."),
                2);
    out += u'\n' + tr("Exit status:") + u'\n';
    out += wrap(tr("0 success; 1 another failure (writing a file, the disk, a conflict); 2 "
                   "wrong usage or input (an unknown option, a missing or too large file); 3 "
                   "not signed in or sign-in refused (wrong password or code, "
                   "locked, too many attempts); 4 not found or not allowed (conversation, "
                   "message, attachment, persona), or read-only; 5 network or server problem; "
                   "6 a downloaded file did not match its checksum and was not kept."),
                2);
    out += u'\n' + tr("Environment and files:") + u'\n';
    out += wrap(tr("Messages follow LC_ALL, LC_MESSAGES or LANG (English or French). The list "
                   "of accounts is kept in %1 (no secrets); a remembered sign-in is kept only "
                   "in the system keychain (Secret Service), under the service \"pli\", apart "
                   "from the desktop app's: each program has its own sign-in.")
                    .arg(CliEnvironment::settingsPath()),
                2);
    out += u'\n' + tr("See 'pli-cli help COMMAND' for the options of a command.") + u'\n';
    return out;
}

QString HelpText::command(const CommandSpec &spec)
{
    QString out;
    out += wrap(tr("Usage: pli-cli %1 %2").arg(spec.name, spec.synopsis).trimmed(), 0);
    out += wrap(spec.summary, 0);
    if (!spec.description.isEmpty())
        out += u'\n' + wrap(spec.description, 0);
    if (!spec.options.isEmpty()) {
        out += u'\n' + tr("Options:") + u'\n';
        out += options(spec.options);
    }
    out += u'\n' + wrap(tr("Options for every command (see pli-cli --help): --account, "
                           "--server, --user, --remember, --password-stdin, --code, "
                           "--email-code, --device-name, --json, --verbose."),
                        0);
    return out;
}

QString HelpText::hint(const QString &command)
{
    if (command.isEmpty())
        return tr("Try 'pli-cli --help'.");
    return tr("Try 'pli-cli help %1'.").arg(command);
}

} // namespace pli::cli
