#include "LaunchArguments.h"

#include <QCommandLineParser>

namespace pli::ui {

void LaunchArguments::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Pli: secure conversations and documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("server"), tr("Sign in to the server at <url>."), QStringLiteral("url")));
    parser.addPositionalArgument(
        QStringLiteral("link"),
        tr("A link from a Pli e-mail (pli://… or https://…/open/…): an invitation, a password "
           "reset, an account unlock or a conversation. Given to the Pli already running, if "
           "any."),
        QStringLiteral("[link]"));
}

bool LaunchArguments::asksForTextOnly(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"-h" || argument == u"--help" || argument == u"-?" ||
            argument == u"--help-all" || argument == u"-v" || argument == u"--version")
            return true;
    }
    return false;
}

LaunchArguments LaunchArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    LaunchArguments result;
    if (!parser.parse(QStringList{QStringLiteral("pli")} + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.server = parser.value(QStringLiteral("server"));
    result.links = parser.positionalArguments();
    return result;
}

} // namespace pli::ui
