// Every pli-cli command refuses a wrong command line before doing anything: an unknown option,
// an option without its value (also when the next word is another option), or an option of
// another command exit with status 2 and a clear message, and change nothing on the server or
// in the list of accounts.
#include "CliFixture.h"

#include <QFileInfo>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;

namespace {

class CliOptions : public CliFixture
{
protected:
    void expectRefused(const QStringList &arguments, const QString &reason)
    {
        const CliResult result = cli(arguments, QString::fromLatin1(kPassword));
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString() << describe(result);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pli-cli: ") + reason))
            << arguments.join(u' ').toStdString() << describe(result);
        EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    }

    int count(const std::string &sql)
    {
        auto guard = server().db().lock();
        auto st = server().db().query(sql);
        return st.next() ? int(st.integer(0)) : -1;
    }

    int requestsTo(const std::string &path)
    {
        const std::string log = server().log();
        int n = 0;
        for (auto at = log.find(path); at != std::string::npos; at = log.find(path, at + 1))
            ++n;
        return n;
    }
};

} // namespace

TEST_F(CliOptions, EveryCommandFamilyRefusesAWrongCommandLineAndChangesNothing)
{
    addPerson("marc", "Marc Tremblay", true);
    addPerson("alice", "Alice Martin");
    const std::string id =
        createConversation("marc@example.test", "alice@example.test", "Devis", "Bonjour");
    const QString conversation = QString::fromStdString(id);
    const QString server = serverUrl();
    const QString signIn = QStringLiteral("--password-stdin");
    const int messagesBefore = count("SELECT COUNT(*) FROM messages");
    const int loginsBefore = requestsTo("/api/v1/auth/login");
    const QString unknown = QStringLiteral("unknown option");
    const QString noValue = QStringLiteral("the option");

    // Signing in and accounts.
    expectRefused({QStringLiteral("login"), QStringLiteral("--server"), server,
                   QStringLiteral("--user"), QStringLiteral("alice"), signIn,
                   QStringLiteral("--bogus")},
                  unknown);
    expectRefused({QStringLiteral("login"), QStringLiteral("--server"), QStringLiteral("--user"),
                   QStringLiteral("alice"), signIn},
                  noValue);
    expectRefused(
        {QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--user")},
        noValue);
    expectRefused({QStringLiteral("logout"), QStringLiteral("--forget"), QStringLiteral("-x")},
                  unknown);
    expectRefused({QStringLiteral("accounts"), QStringLiteral("--all")}, noValue); // show's
    // Reading.
    expectRefused({QStringLiteral("personas"), QStringLiteral("--server"), server,
                   QStringLiteral("--page"), QStringLiteral("2")},
                  noValue);
    expectRefused({QStringLiteral("list"), QStringLiteral("alice@example.test"),
                   QStringLiteral("--server"), server, QStringLiteral("--per-page")},
                  noValue);
    expectRefused({QStringLiteral("show"), conversation, QStringLiteral("--every")}, unknown);
    expectRefused({QStringLiteral("activity"), conversation, QStringLiteral("--sort"),
                   QStringLiteral("--asc")},
                  noValue);
    expectRefused({QStringLiteral("open"), QStringLiteral("m_1"), QStringLiteral("--json=yes")},
                  noValue);
    expectRefused({QStringLiteral("contacts"), QStringLiteral("--add")}, unknown);
    // Transfers and changes.
    expectRefused({QStringLiteral("download"), QStringLiteral("a_1"), QStringLiteral("-o")},
                  noValue);
    expectRefused({QStringLiteral("reply"), conversation, QStringLiteral("--message"),
                   QStringLiteral("--attach"), QStringLiteral("file.pdf")},
                  noValue);
    expectRefused({QStringLiteral("reply"), conversation, QStringLiteral("--message"),
                   QStringLiteral("Hello"), QStringLiteral("--attachment"),
                   QStringLiteral("file.pdf")},
                  unknown);
    expectRefused({QStringLiteral("delete"), QStringLiteral("alice@example.test"), conversation,
                   QStringLiteral("--force")},
                  unknown);
    // Links and help.
    expectRefused({QStringLiteral("link"), QStringLiteral("pli://auth/unlock?token=abc"),
                   QStringLiteral("--user")},
                  noValue);
    expectRefused({QStringLiteral("help"), QStringLiteral("--verbose=2")}, noValue);

    // Nothing reached the server, nothing was written.
    EXPECT_EQ(requestsTo("/api/v1/auth/login"), loginsBefore);
    EXPECT_EQ(count("SELECT COUNT(*) FROM messages"), messagesBefore);
    EXPECT_EQ(count("SELECT COUNT(*) FROM conversation_members WHERE deleted = 1"), 0);
    EXPECT_FALSE(QFileInfo::exists(home().filePath(QStringLiteral("file.pdf"))));
    const CliResult accounts = cli({QStringLiteral("accounts")});
    EXPECT_EQ(accounts.exitCode, 0) << describe(accounts);
    EXPECT_FALSE(accounts.out.contains(QStringLiteral("alice@"))) << describe(accounts);
}

TEST_F(CliOptions, AValueStartingWithADashIsStillAValue)
{
    // Only a known option is taken for a missing value: a message may start with dashes.
    const CliResult result =
        cli({QStringLiteral("reply"), QStringLiteral("c_1"), QStringLiteral("--message"),
             QStringLiteral("--- see below"), QStringLiteral("--server"),
             QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--user"),
             QStringLiteral("alice"), QStringLiteral("--password-stdin")},
            QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 5) << describe(result); // parsed, then the server is unreachable
}
