// pli-cli's own documentation: `--help` lists every command, option and exit status, `help
// COMMAND` and `COMMAND --help` describe one command, and asking for something that does not
// exist is a usage error.
#include "CliFixture.h"

#include <QRegularExpression>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;

namespace {

const QStringList kCommands = {
    QStringLiteral("login"),    QStringLiteral("logout"), QStringLiteral("accounts"),
    QStringLiteral("personas"), QStringLiteral("list"),   QStringLiteral("show"),
    QStringLiteral("activity"), QStringLiteral("open"),   QStringLiteral("download"),
    QStringLiteral("reply"),    QStringLiteral("delete"), QStringLiteral("contacts"),
    QStringLiteral("link"),     QStringLiteral("help")};

using CliHelp = CliFixture;

TEST_F(CliHelp, ListsEveryCommandOptionAndExitStatus)
{
    const CliResult result = cli({QStringLiteral("--help")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Usage: pli-cli COMMAND")));
    for (const QString &command : kCommands)
        EXPECT_TRUE(result.out.contains(
            QRegularExpression(QStringLiteral("\\n  ") + command + QStringLiteral("\\b"))))
            << command.toStdString();
    for (const char *option :
         {"--account USER@SERVER", "--server URL", "--user NAME", "--remember", "--password-stdin",
          "--code CODE", "--email-code", "--device-name NAME", "--json", "--verbose", "--version"})
        EXPECT_TRUE(result.out.contains(QString::fromLatin1(option))) << option;
    for (const char *status : {"0 success", "2 wrong usage", "3 not signed in", "4 not found",
                               "5 network", "6 a downloaded file"})
        EXPECT_TRUE(result.out.simplified().contains(QString::fromLatin1(status))) << status;
    EXPECT_TRUE(result.out.contains(home().configFile())) << describe(result);
    EXPECT_EQ(cli({QStringLiteral("help")}).out, result.out);
}

TEST_F(CliHelp, DescribesEachCommand)
{
    for (const QString &command : kCommands) {
        const CliResult help = cli({QStringLiteral("help"), command});
        ASSERT_EQ(help.exitCode, 0) << describe(help);
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: pli-cli ") + command))
            << describe(help);
        EXPECT_EQ(cli({command, QStringLiteral("--help")}).out, help.out) << command.toStdString();
    }
    const CliResult download = cli({QStringLiteral("help"), QStringLiteral("download")});
    EXPECT_TRUE(download.out.contains(QStringLiteral("-o, --output PATH"))) << describe(download);
    EXPECT_TRUE(download.out.simplified().contains(QStringLiteral("run the same command again")));
    const CliResult reply = cli({QStringLiteral("reply"), QStringLiteral("-h")});
    EXPECT_TRUE(reply.out.contains(QStringLiteral("-a, --attach FILE"))) << describe(reply);
    // A server's own certificate authority is given once, to login, and kept with the account.
    const CliResult login = cli({QStringLiteral("help"), QStringLiteral("login")});
    EXPECT_TRUE(login.out.contains(QStringLiteral("--ca-file FILE"))) << describe(login);
    EXPECT_TRUE(login.out.simplified().contains(QStringLiteral("kept with the account")))
        << describe(login);
    EXPECT_TRUE(cli({QStringLiteral("--help")})
                    .out.simplified()
                    .contains(QStringLiteral("login with --ca-file")));
}

TEST_F(CliHelp, UnknownCommandsAndTopicsAreUsageErrors)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("help"), QStringLiteral("list"), QStringLiteral("show")},
          QStringList{QStringLiteral("--frobnicate")},
          QStringList{QStringLiteral("personas"), QStringLiteral("extra")},
          QStringList{QStringLiteral("show"), QStringLiteral("c_1"), QStringLiteral("--page"),
                      QStringLiteral("2")},
          QStringList{QStringLiteral("--server")}}) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString() << describe(result);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pli-cli: "))) << describe(result);
        EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    }
    const CliResult version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("pli-cli "))) << describe(version);
}

} // namespace
