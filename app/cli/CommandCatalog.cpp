#include "CommandCatalog.h"

#include <algorithm>

namespace pli::cli {

QList<OptionSpec> CommandCatalog::globalOptions()
{
    return {
        {QStringLiteral("account"),
         {},
         tr("USER@SERVER"),
         false,
         tr("Use this account (by default the one used last).")},
        {QStringLiteral("server"),
         {},
         tr("URL"),
         false,
         tr("The server to sign in to, e.g. https://pli.example.org.")},
        {QStringLiteral("user"), {}, tr("NAME"), false, tr("The username to sign in with.")},
        {QStringLiteral("remember"),
         {},
         {},
         false,
         tr("Stay signed in: keep the sign-in in the system keychain (never the password).")},
        {QStringLiteral("password-stdin"),
         {},
         {},
         false,
         tr("Read the password, and any further answer the sign-in needs, one per line from "
            "standard input instead of the terminal.")},
        {QStringLiteral("code"),
         {},
         tr("CODE"),
         false,
         tr("The code of your authenticator app (second step, or the first code of a new "
            "authenticator).")},
        {QStringLiteral("email-code"),
         {},
         {},
         false,
         tr("Receive the second-step code by e-mail, then type it.")},
        {QStringLiteral("device-name"),
         {},
         tr("NAME"),
         false,
         tr("The name of the authenticator device when setting one up.")},
        {QStringLiteral("json"),
         {},
         {},
         false,
         tr("Print the result as JSON (dates in UTC, sizes in bytes).")},
        {QStringLiteral("verbose"), {}, {}, false, tr("Log what happens on standard error.")},
        {QStringLiteral("help"), u'h', {}, false, tr("Show the help (of a command) and exit.")},
        {QStringLiteral("version"), {}, {}, false, tr("Show the version and exit.")},
    };
}

QList<CommandSpec> CommandCatalog::commands()
{
    const OptionSpec asc{QStringLiteral("asc"),
                         {},
                         {},
                         false,
                         tr("Sort in ascending order (the default is descending).")};
    QList<CommandSpec> list;
    list.append(
        {QStringLiteral("login"),
         tr("[--server URL] [--user NAME] [--remember] [--ca-file FILE]"),
         tr("Sign in to a server."),
         tr("Asks for the password and the second step (a code of your authenticator "
            "app, or one sent by e-mail with --email-code) on the terminal without "
            "showing them. The first time, it sets up the authenticator: it shows the "
            "otpauth:// address and the key to type in the app, then asks for a first "
            "code and a name for the device. When the server asks for a new password, "
            "it asks for it twice and checks the password rules first.\n"
            "With --remember, later commands sign in by themselves through the system "
            "keychain; without it, each command asks to sign in again.\n"
            "A server with a certificate authority of its own (pli-server --tls-self-signed "
            "prints its file and fingerprint) is trusted with --ca-file: the authority is kept "
            "with the account, and every later command of this account trusts it, and only it. "
            "If the server's certificate changes, commands refuse it until you log in again "
            "with the new authority's file."),
         {{QStringLiteral("ca-file"),
           {},
           tr("FILE"),
           false,
           tr("Trust the certificate authority in FILE (PEM) for this account instead of the "
              "system's; replaces the one trusted before.")}},
         0,
         0,
         true});
    list.append(
        {QStringLiteral("link"),
         tr("LINK [--user NAME]"),
         tr("Do what a link from a Pli e-mail is for."),
         tr("LINK is a link copied from an e-mail: pli://… or https://…/open/…. An invitation "
            "or a password reset shows the password rules and asks for the new password twice "
            "(read from standard input with --password-stdin); with --user it then signs in, "
            "as login does. An unlock link unlocks the account. A conversation link shows the "
            "conversation, as show does. The link names its server; --server or --account must "
            "name the same one, and a link without a server is for the account in use."),
         {},
         1,
         1,
         false});
    list.append(
        {QStringLiteral("logout"),
         tr("[--forget]"),
         tr("Sign out and forget the remembered sign-in."),
         tr("Ends the session on the server and deletes the sign-in kept in the system "
            "keychain. With --forget, the account also leaves the list of accounts."),
         {{QStringLiteral("forget"), {}, {}, false, tr("Also remove the account from the list.")}},
         0,
         0,
         false});
    list.append({QStringLiteral("accounts"),
                 QString(),
                 tr("List the accounts used on this computer."),
                 tr("The account marked with * is the default one: the one used last. The "
                    "last column tells which certificate authority the account trusts its server "
                    "by: the system's, or its own (trusted with login --ca-file, or on the "
                    "desktop's \"Trust this certificate?\" page)."),
                 {},
                 0,
                 0,
                 false});
    list.append({QStringLiteral("personas"),
                 QString(),
                 tr("List your personas (e-mail addresses) with their unread counts."),
                 QString(),
                 {},
                 0,
                 0,
                 true});
    list.append(
        {QStringLiteral("list"),
         tr("PERSONA [--page N] [--per-page 10|20|30] [--sort modified|title|owner] [--asc] "
            "[--search TEXT]"),
         tr("List the conversations of a persona."),
         tr("PERSONA is the e-mail address or the id of one of your personas. Conversations "
            "are shown most recently modified first, one page at a time."),
         {{QStringLiteral("page"), {}, tr("N"), false, tr("The page to show (from 1).")},
          {QStringLiteral("per-page"),
           {},
           tr("N"),
           false,
           tr("Conversations per page: 10, 20 or 30.")},
          {QStringLiteral("sort"),
           {},
           tr("KEY"),
           false,
           tr("Sort by modified (the date, the default), title or owner.")},
          asc,
          {QStringLiteral("search"),
           {},
           tr("TEXT"),
           false,
           tr("Only conversations matching this text.")}},
         1,
         1,
         true});
    list.append({QStringLiteral("show"),
                 tr("CONVERSATION [--all]"),
                 tr("Show the messages of a conversation."),
                 tr("Shows the five newest messages (or all of them with --all), oldest first: "
                    "sender, dates in local time, expiry, text and attachments with their "
                    "sizes and ids."),
                 {{QStringLiteral("all"), {}, {}, false, tr("Show every message.")}},
                 1,
                 1,
                 true});
    list.append({QStringLiteral("activity"),
                 tr("CONVERSATION [--sort name|activity|date] [--asc]"),
                 tr("Show who created, posted, opened, downloaded or deleted what, and when."),
                 QString(),
                 {{QStringLiteral("sort"),
                   {},
                   tr("KEY"),
                   false,
                   tr("Sort by name, activity or date (the default).")},
                  asc},
                 1,
                 1,
                 true});
    list.append({QStringLiteral("open"),
                 tr("MESSAGE"),
                 tr("Mark a message as opened."),
                 tr("Records that you opened the message: its sender sees it in the activity."),
                 {},
                 1,
                 1,
                 true});
    list.append({QStringLiteral("download"),
                 tr("ATTACHMENT [-o PATH]"),
                 tr("Download an attachment and check it."),
                 tr("Downloads in parallel chunks into PATH (a folder, or the file to create; "
                    "by default the current folder under the attachment's name), checks its "
                    "SHA-256 and only then gives the file its name. An existing file is never "
                    "replaced: \"name (1).ext\" is used instead. When interrupted (even killed), "
                    "run the same command again: it continues where it stopped."),
                 {{QStringLiteral("output"), u'o', tr("PATH"), false,
                   tr("Where to save the file (a folder or a file name).")}},
                 1,
                 1,
                 true});
    list.append(
        {QStringLiteral("reply"),
         tr("CONVERSATION --message TEXT [--attach FILE]..."),
         tr("Post a message, with attachments, to a conversation."),
         tr("Uploads each attachment (at most 1 GB in all), resuming where an earlier "
            "attempt stopped, then posts the message."),
         {{QStringLiteral("message"), u'm', tr("TEXT"), false, tr("The text of the message.")},
          {QStringLiteral("attach"), u'a', tr("FILE"), true,
           tr("A file to attach (repeat for several).")}},
         1,
         1,
         true});
    list.append({QStringLiteral("delete"),
                 tr("PERSONA CONVERSATION..."),
                 tr("Remove conversations from a persona's list."),
                 tr("The other members of the conversations are not affected."),
                 {},
                 2,
                 -1,
                 true});
    list.append({QStringLiteral("contacts"),
                 QString(),
                 tr("List your address book."),
                 QString(),
                 {},
                 0,
                 0,
                 true});
    list.append({QStringLiteral("help"),
                 tr("[COMMAND]"),
                 tr("Show the help of a command."),
                 QString(),
                 {},
                 0,
                 1,
                 false});
    return list;
}

std::optional<CommandSpec> CommandCatalog::find(const QString &name)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.name == name)
            return spec;
    }
    return std::nullopt;
}

QList<OptionSpec> CommandCatalog::allOptions()
{
    QList<OptionSpec> all = globalOptions();
    const auto known = [&all](const QString &name) {
        return std::any_of(all.cbegin(), all.cend(),
                           [&name](const OptionSpec &o) { return o.name == name; });
    };
    for (const CommandSpec &spec : commands()) {
        for (const OptionSpec &option : spec.options) {
            if (!known(option.name))
                all.append(option);
        }
    }
    return all;
}

QString CommandCatalog::mismatch(const CommandSpec &spec, const CommandLine &line)
{
    const QList<OptionSpec> global = globalOptions();
    for (const QString &name : line.optionNames()) {
        const auto matches = [&name](const OptionSpec &o) { return o.name == name; };
        if (std::none_of(global.cbegin(), global.cend(), matches) &&
            std::none_of(spec.options.cbegin(), spec.options.cend(), matches))
            //: %1 is an option such as --page, %2 a command such as show
            return tr("the option --%1 does not apply to the command %2").arg(name, spec.name);
    }
    const qsizetype count = line.arguments().size();
    if (count < spec.minArguments)
        return tr("the command %1 needs more arguments: %1 %2").arg(spec.name, spec.synopsis);
    if (spec.maxArguments >= 0 && count > spec.maxArguments)
        return tr("too many arguments for the command %1: %1 %2").arg(spec.name, spec.synopsis);
    return {};
}

} // namespace pli::cli
