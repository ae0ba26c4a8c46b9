// pli-cli's "stay signed in": the refresh token in the real keyring of the test session
// (checked from outside with secret-tool), silent sign-in on the next runs, rotation, logout,
// several accounts, and a run with no keychain at all, which must work for one process and
// store nothing.
#include "CliFixture.h"

#include "SignInFlow.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;
using pli::test::runCli;

namespace {

class CliKeychain : public CliFixture
{
protected:
    void SetUp() override
    {
        if (!hasTestKeyring())
            GTEST_SKIP() << "needs the keyring of scripts/with-test-session.sh";
        CliFixture::SetUp();
    }

    // The refresh token pli-cli keeps for an account, read with secret-tool (QtKeychain files
    // it under server=pli, user=cli|<server url>|<username>); empty when there is none.
    QString storedToken(const QString &username)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("pli"),
                    QStringLiteral("user"),
                    QStringLiteral("cli|") + serverUrl() + u'|' + username});
        EXPECT_TRUE(tool.waitForFinished(20000));
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    int refreshStatus(const QString &refreshToken)
    {
        auto client = server().client();
        const auto answer = client->Post(
            "/api/v1/auth/refresh", "{\"refresh_token\":\"" + refreshToken.toStdString() + "\"}",
            "application/json");
        return answer ? answer->status : 0;
    }
};

TEST_F(CliKeychain, RemembersTheSignInAcrossRuns)
{
    addPerson("alice", "Alice Martin");
    signIn("alice");
    const QString first = storedToken(QStringLiteral("alice"));
    ASSERT_FALSE(first.isEmpty());

    // No password, no code, no terminal: the keychain signs in.
    const CliResult personas = cli({QStringLiteral("personas")});
    ASSERT_EQ(personas.exitCode, 0) << describe(personas);
    EXPECT_TRUE(personas.out.contains(QStringLiteral("alice@example.test"))) << describe(personas);

    // The server rotated the token: the keychain holds the new one, and it works again.
    const QString second = storedToken(QStringLiteral("alice"));
    EXPECT_FALSE(second.isEmpty());
    EXPECT_NE(second, first);
    const CliResult again = cli({QStringLiteral("personas"), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 0) << describe(again);

    // The password is never stored, neither is the token outside the keychain.
    QDirIterator files(home().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains(kPassword)) << file.fileName().toStdString();
        EXPECT_FALSE(content.contains(storedToken(QStringLiteral("alice")).toUtf8()))
            << file.fileName().toStdString();
    }
}

TEST_F(CliKeychain, LogoutEndsTheSessionAndDeletesTheEntry)
{
    addPerson("alice", "Alice Martin");
    signIn("alice");
    const QString token = storedToken(QStringLiteral("alice"));
    ASSERT_FALSE(token.isEmpty());

    const CliResult logout = cli({QStringLiteral("logout")});
    ASSERT_EQ(logout.exitCode, 0) << describe(logout);
    EXPECT_TRUE(logout.out.contains(QStringLiteral("Signed out of alice@") + serverUrl()));
    EXPECT_TRUE(storedToken(QStringLiteral("alice")).isEmpty());
    // Revoked on the server as well, not only forgotten here.
    EXPECT_EQ(refreshStatus(token), 401);

    const CliResult personas = cli({QStringLiteral("personas")});
    EXPECT_EQ(personas.exitCode, 3) << describe(personas);
    EXPECT_TRUE(personas.err.contains(QStringLiteral("pli-cli login --remember")))
        << describe(personas);

    // --forget also takes the account off the list.
    const CliResult forget = cli({QStringLiteral("logout"), QStringLiteral("--forget")});
    EXPECT_EQ(forget.exitCode, 0) << describe(forget);
    EXPECT_TRUE(cli({QStringLiteral("accounts")}).out.contains(QStringLiteral("No account yet")));
}

TEST_F(CliKeychain, ASessionEndedOnTheServerIsForgotten)
{
    addPerson("alice", "Alice Martin");
    signIn("alice");
    // An administrator resets the password: every session of the user ends.
    ASSERT_EQ(server().runAdmin(
                  {"user", "reset-password", "alice", "--password", "Another-Long-Password-1"}),
              0);
    const CliResult personas = cli({QStringLiteral("personas")});
    EXPECT_EQ(personas.exitCode, 3) << describe(personas);
    EXPECT_TRUE(personas.err.contains(QStringLiteral("Your session has ended.")))
        << describe(personas);
    EXPECT_TRUE(storedToken(QStringLiteral("alice")).isEmpty());
    const CliResult accounts = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("\"remembered\": false")))
        << describe(accounts);
}

TEST_F(CliKeychain, SeveralAccountsSideBySide)
{
    addPerson("alice", "Alice Martin");
    addPerson("bob", "Bob Roy");
    signIn("alice");
    signIn("bob");

    // The default account is the one used last.
    CliResult personas = cli({QStringLiteral("personas")});
    ASSERT_EQ(personas.exitCode, 0) << describe(personas);
    EXPECT_TRUE(personas.out.contains(QStringLiteral("bob@example.test"))) << describe(personas);

    const QString port = QString::number(server().port());
    personas = cli({QStringLiteral("personas"), QStringLiteral("--account"),
                    QStringLiteral("alice@127.0.0.1:") + port});
    ASSERT_EQ(personas.exitCode, 0) << describe(personas);
    EXPECT_TRUE(personas.out.contains(QStringLiteral("alice@example.test"))) << describe(personas);

    const CliResult accounts = cli({QStringLiteral("accounts")});
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("*  alice@"))) << describe(accounts);
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("   bob@"))) << describe(accounts);

    personas = cli({QStringLiteral("personas"), QStringLiteral("--user"), QStringLiteral("bob")});
    EXPECT_TRUE(personas.out.contains(QStringLiteral("bob@example.test"))) << describe(personas);

    const CliResult unknown = cli({QStringLiteral("personas"), QStringLiteral("--account"),
                                   QStringLiteral("nobody@127.0.0.1:") + port});
    EXPECT_EQ(unknown.exitCode, 3) << describe(unknown);

    const CliResult malformed =
        cli({QStringLiteral("personas"), QStringLiteral("--account"), QStringLiteral("alice")});
    EXPECT_EQ(malformed.exitCode, 2) << describe(malformed);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("USER@SERVER"))) << describe(malformed);
}

// No D-Bus at all (no Secret Service): the sign-in still works for the process and says that
// it cannot be remembered; nothing is written anywhere in its place.
class CliWithoutKeychain : public CliFixture
{
protected:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = const_cast<CliWithoutKeychain *>(this)->home().environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/pli-no-bus"));
        return env;
    }
};

TEST_F(CliWithoutKeychain, SignsInForOneProcessAndStoresNothing)
{
    addPerson("alice", "Alice Martin");
    const QStringList login{
        QStringLiteral("login"),  QStringLiteral("--server"), serverUrl(),
        QStringLiteral("--user"), QStringLiteral("alice"),    QStringLiteral("--password-stdin"),
        QStringLiteral("--code"), freshCode("alice"),         QStringLiteral("--remember")};
    const CliResult result = runCli(environment(), login, QString::fromLatin1(kPassword));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("The system keychain is not available, so Pli cannot remember this "
                       "sign-in.")))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("not remembered"))) << describe(result);

    // Only the list of accounts was written, without any secret.
    QStringList written;
    QDirIterator files(home().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        written << files.next();
    EXPECT_EQ(written, QStringList{home().configFile()});
    QFile config(home().configFile());
    ASSERT_TRUE(config.open(QIODevice::ReadOnly));
    const QString settings = QString::fromUtf8(config.readAll());
    EXPECT_TRUE(settings.contains(QStringLiteral("staySignedIn=false"))) << settings.toStdString();
    EXPECT_FALSE(settings.contains(QLatin1String(kPassword)));
    EXPECT_FALSE(settings.contains(QStringLiteral("token"), Qt::CaseInsensitive));

    // The next process is not signed in; a script signs in within the command itself.
    const CliResult notSignedIn = runCli(environment(), {QStringLiteral("personas")});
    EXPECT_EQ(notSignedIn.exitCode, 3) << describe(notSignedIn);
    const CliResult oneShot =
        runCli(environment(),
               {QStringLiteral("personas"), QStringLiteral("--password-stdin"),
                QStringLiteral("--code"), freshCode("alice")},
               QString::fromLatin1(kPassword));
    EXPECT_EQ(oneShot.exitCode, 0) << describe(oneShot);
    EXPECT_TRUE(oneShot.out.contains(QStringLiteral("alice@example.test"))) << describe(oneShot);
}

} // namespace
