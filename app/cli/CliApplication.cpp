#include "CliApplication.h"

#include "AccountsCommand.h"
#include "ActivityCommand.h"
#include "CliContext.h"
#include "CliEnvironment.h"
#include "CommandCatalog.h"
#include "ContactsCommand.h"
#include "DeleteCommand.h"
#include "DownloadCommand.h"
#include "HelpText.h"
#include "LinkCommand.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "OpenCommand.h"
#include "PersonasCommand.h"
#include "ReplyCommand.h"
#include "ShowCommand.h"

namespace pli::cli {

ExitCode CliApplication::usage(Console &console, const QString &problem, const QString &command)
{
    console.printError(problem);
    console.note(HelpText::hint(command));
    return ExitCode::Usage;
}

std::unique_ptr<Command> CliApplication::create(const QString &name, CliContext &context)
{
    if (name == QLatin1String("login"))
        return std::make_unique<LoginCommand>(context);
    if (name == QLatin1String("link"))
        return std::make_unique<LinkCommand>(context);
    if (name == QLatin1String("logout"))
        return std::make_unique<LogoutCommand>(context);
    if (name == QLatin1String("accounts"))
        return std::make_unique<AccountsCommand>(context);
    if (name == QLatin1String("personas"))
        return std::make_unique<PersonasCommand>(context);
    if (name == QLatin1String("list"))
        return std::make_unique<ListCommand>(context);
    if (name == QLatin1String("show"))
        return std::make_unique<ShowCommand>(context);
    if (name == QLatin1String("activity"))
        return std::make_unique<ActivityCommand>(context);
    if (name == QLatin1String("open"))
        return std::make_unique<OpenCommand>(context);
    if (name == QLatin1String("download"))
        return std::make_unique<DownloadCommand>(context);
    if (name == QLatin1String("reply"))
        return std::make_unique<ReplyCommand>(context);
    if (name == QLatin1String("delete"))
        return std::make_unique<DeleteCommand>(context);
    if (name == QLatin1String("contacts"))
        return std::make_unique<ContactsCommand>(context);
    return nullptr;
}

ExitCode CliApplication::run(const QStringList &arguments)
{
    Console console;
    const CommandLine line = CommandLine::parse(arguments, CommandCatalog::allOptions());
    if (!line.isValid())
        return usage(console, line.error(), line.command());
    CliEnvironment::setVerbose(line.isSet(QStringLiteral("verbose")));

    if (line.isSet(QStringLiteral("version"))) {
        console.out() << QStringLiteral("pli-cli %1").arg(QCoreApplication::applicationVersion())
                      << Qt::endl;
        return ExitCode::Ok;
    }
    const QString name = line.command();
    if (name.isEmpty()) {
        if (line.isSet(QStringLiteral("help"))) {
            console.out() << HelpText::general() << Qt::flush;
            return ExitCode::Ok;
        }
        return usage(console, tr("no command given"), QString());
    }
    const auto spec = CommandCatalog::find(name);
    if (spec && line.isSet(QStringLiteral("help"))) {
        console.out() << HelpText::command(*spec) << Qt::flush;
        return ExitCode::Ok;
    }
    if (name == QLatin1String("help")) {
        const QString topic = line.arguments().value(0);
        if (line.arguments().size() > 1)
            return usage(console, tr("help takes one command"), QString());
        if (topic.isEmpty()) {
            console.out() << HelpText::general() << Qt::flush;
            return ExitCode::Ok;
        }
        const auto described = CommandCatalog::find(topic);
        if (!described)
            return usage(console, tr("unknown command %1").arg(topic), QString());
        console.out() << HelpText::command(*described) << Qt::flush;
        return ExitCode::Ok;
    }
    if (!spec)
        return usage(console, tr("unknown command %1").arg(name), QString());
    if (const QString problem = CommandCatalog::mismatch(*spec, line); !problem.isEmpty())
        return usage(console, problem, name);
    if (line.isSet(QStringLiteral("code")) && line.isSet(QStringLiteral("email-code")))
        return usage(console,
                     tr("--code is for the authenticator app; with --email-code the code is "
                        "asked once the e-mail is sent"),
                     name);

    CliContext context(line, *spec);
    const std::unique_ptr<Command> command = create(name, context);
    return command->run();
}

} // namespace pli::cli
