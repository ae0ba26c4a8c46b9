// pli-cli login against a real pli-server: every sign-in step the seeds describe, answered the
// way a person at a terminal or a script does, and every way a sign-in can fail with its exit
// status and message.
#include "CliFixture.h"

#include "Clock.h"
#include "Totp.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>

using pli::test::CliFixture;
using pli::test::CliProcess;
using pli::test::CliResult;
using pli::test::describe;

namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern));
}

class CliSignIn : public CliFixture
{
protected:
    QStringList loginArguments(const char *username) const
    {
        return {QStringLiteral("login"),
                QStringLiteral("--server"),
                serverUrl(),
                QStringLiteral("--user"),
                QString::fromLatin1(username),
                QStringLiteral("--password-stdin")};
    }
    int countInLog(const std::string &needle)
    {
        const std::string log = server().log();
        int count = 0;
        for (auto at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
            ++count;
        return count;
    }
};

TEST_F(CliSignIn, SignsInWithAnAuthenticatorCodeGivenOnTheCommandLine)
{
    addPerson("alice", "Alice Martin");
    const CliResult result =
        cli(loginArguments("alice") << QStringLiteral("--code") << freshCode("alice"),
            QString::fromLatin1(kPassword));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Signed in to %1 as Alice Martin (alice).").arg(serverUrl())))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("This sign-in is not remembered")));
    // The account is listed (no secret in the file), and it is the default one.
    const CliResult accounts = cli({QStringLiteral("accounts")});
    EXPECT_EQ(accounts.exitCode, 0) << describe(accounts);
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("*  alice@") + serverUrl()))
        << describe(accounts);
    QFile config(home().configFile());
    ASSERT_TRUE(config.open(QIODevice::ReadOnly));
    const QByteArray settings = config.readAll();
    EXPECT_FALSE(settings.contains(kPassword));
    EXPECT_FALSE(settings.contains("token"));
}

TEST_F(CliSignIn, SignsInWithACodeFromOathtool)
{
    const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    if (oathtool.isEmpty())
        GTEST_SKIP() << "oathtool is not installed (Debian package oathtool)";
    addPerson("alice", "Alice Martin");
    QProcess tool;
    tool.start(oathtool,
               {QStringLiteral("--totp"), QStringLiteral("-b"), QString::fromLatin1(kSecret)});
    ASSERT_TRUE(tool.waitForFinished(10000));
    const QString code = QString::fromLatin1(tool.readAllStandardOutput()).trimmed();
    ASSERT_EQ(code.size(), 6);
    const CliResult result = cli(loginArguments("alice") << QStringLiteral("--code") << code,
                                 QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 0) << describe(result);
}

TEST_F(CliSignIn, SignsInWithAnEmailedCode)
{
    addPerson("alice", "Alice Martin");
    CliProcess login(home().environment(), loginArguments("alice")
                                               << QStringLiteral("--email-code"));
    login.writeLine(QString::fromLatin1(kPassword));
    ASSERT_TRUE(login.waitForError(re("sign-in code was sent to your e-mail")))
        << login.err().toStdString();
    const QString code = mailedCode("alice@example.test");
    ASSERT_EQ(code.size(), 6);
    // Asking for another code at once meets the 30 s cool-down: the CLI says so and waits for
    // the code already sent.
    login.writeLine(QString());
    ASSERT_TRUE(login.waitForError(re("A new code can be sent in \\d+ second")))
        << login.err().toStdString();
    login.writeLine(code);
    login.closeInput();
    const CliResult result = login.finish();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_FALSE(result.err.contains(code)) << "the code must not be printed";
    EXPECT_EQ(countInLog("POST /api/v1/auth/email-code"), 1) << server().log();
}

TEST_F(CliSignIn, PasswordlessSignInReadsTheMailedCodeFromStandardInput)
{
    std::string out;
    ASSERT_EQ(server().runAdmin({"user", "add", "guest", "--display-name", "Guest", "--email",
                                 "guest@example.test", "--passwordless"},
                                &out),
              0)
        << out;
    CliProcess login(home().environment(),
                     {QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                      QStringLiteral("--user"), QStringLiteral("guest@example.test"),
                      QStringLiteral("--no-password"), QStringLiteral("--code-stdin")});
    // No password is asked: the code goes out with the first answer.
    ASSERT_TRUE(login.waitForError(re("a sign-in code was sent to its e-mail address")))
        << login.err().toStdString();
    const QString code = mailedCode("guest@example.test");
    ASSERT_EQ(code.size(), 6);
    login.writeLine(code);
    login.closeInput();
    const CliResult result = login.finish();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Signed in to %1 as Guest (guest@example.test).").arg(serverUrl())))
        << describe(result);
    EXPECT_FALSE(result.err.contains(QStringLiteral("Password"))) << describe(result);
    EXPECT_FALSE(result.err.contains(code)) << "the code must not be printed";
    EXPECT_EQ(countInLog("POST /api/v1/auth/login"), 0);
    EXPECT_EQ(countInLog("POST /api/v1/auth/email-sign-in"), 1);
    EXPECT_EQ(countInLog("POST /api/v1/auth/email-code"), 0) << "the code was already sent";
}

TEST_F(CliSignIn, PasswordlessWrongCodeFromAScriptIsASignInFailure)
{
    // An address without an account goes the same way, up to its code being refused.
    const CliResult result = cli({QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                                  QStringLiteral("--user"), QStringLiteral("nobody@example.test"),
                                  QStringLiteral("--no-password"), QStringLiteral("--code-stdin")},
                                 QStringLiteral("123456\n"));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("nobody@example.test"))) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("4"))) << "attempts left: " << describe(result);
    EXPECT_FALSE(result.err.contains(QStringLiteral("abandoned"))) << describe(result);
}

TEST_F(CliSignIn, AnEmailOnlyAccountIsAskedTheMailedCodeWithoutBeingTold)
{
    std::string out;
    ASSERT_EQ(
        server().runAdmin({"user", "add", "eve", "--display-name", "Eve", "--email",
                           "eve@example.test", "--password", kPassword, "--second-factor", "email"},
                          &out),
        0)
        << out;
    CliProcess login(home().environment(), loginArguments("eve"));
    login.writeLine(QString::fromLatin1(kPassword));
    ASSERT_TRUE(login.waitForError(re("sign-in code was sent to your e-mail address")))
        << login.err().toStdString();
    EXPECT_FALSE(login.err().contains(QStringLiteral("authenticator")))
        << login.err().toStdString();
    const QString code = mailedCode("eve@example.test");
    ASSERT_EQ(code.size(), 6);
    login.writeLine(code);
    login.closeInput();
    const CliResult result = login.finish();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(countInLog("POST /api/v1/auth/email-code"), 0) << "the code was already sent";
}

TEST_F(CliSignIn, NoPasswordWithAPasswordOptionIsAUsageError)
{
    const CliResult result = cli(loginArguments("guest") << QStringLiteral("--no-password"));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--code-stdin"))) << describe(result);
    EXPECT_EQ(countInLog("POST /api/v1/auth/email-sign-in"), 0);
}

TEST_F(CliSignIn, FirstAccessSetsUpTheAuthenticator)
{
    std::string out;
    ASSERT_EQ(server().runAdmin({"user", "add", "nora", "--display-name", "Nora", "--email",
                                 "nora@example.test", "--password", kPassword},
                                &out),
              0)
        << out;
    CliProcess login(home().environment(), loginArguments("nora"));
    login.writeLine(QString::fromLatin1(kPassword));
    ASSERT_TRUE(login.waitForError(re("First code shown by the app:")))
        << login.err().toStdString();
    const auto uri = login.errorMatch(re("otpauth://totp/\\S*secret=([A-Z2-7]+)\\S*"));
    ASSERT_TRUE(uri.hasMatch()) << login.err().toStdString();
    const QString secret = uri.captured(1);
    // The key for manual entry, in groups of four.
    QString grouped;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        grouped += (grouped.isEmpty() ? QString() : QStringLiteral(" ")) + secret.mid(i, 4);
    EXPECT_TRUE(login.err().contains(QStringLiteral("  ") + grouped + u'\n'))
        << login.err().toStdString();

    const std::string code =
        pli::server::totp::codeAt(secret.toStdString(), pli::server::nowSeconds());
    login.writeLine(QString::fromStdString(code));
    ASSERT_TRUE(login.waitForError(re("A name for this authenticator")))
        << login.err().toStdString();
    login.writeLine(QStringLiteral("Nora's phone"));
    login.closeInput();
    const CliResult result = login.finish();
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    auto guard = server().db().lock();
    auto st = server().db().query(
        "SELECT totp_device_name, totp_secret FROM users WHERE username = 'nora'");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "Nora's phone");
    EXPECT_EQ(st.text(1), secret.toStdString());
}

TEST_F(CliSignIn, AWrongFirstCodeIsAskedAgain)
{
    std::string out;
    ASSERT_EQ(server().runAdmin({"user", "add", "nora", "--display-name", "Nora", "--email",
                                 "nora@example.test", "--password", kPassword},
                                &out),
              0);
    CliProcess login(home().environment(), loginArguments("nora") << QStringLiteral("--device-name")
                                                                  << QStringLiteral("tablet"));
    login.writeLine(QString::fromLatin1(kPassword));
    ASSERT_TRUE(login.waitForError(re("First code shown by the app:")));
    const QString secret = login.errorMatch(re("secret=([A-Z2-7]+)")).captured(1);
    login.writeLine(QStringLiteral("000000"));
    ASSERT_TRUE(login.waitForError(re("The code is incorrect[^\\n]*\\n[^\\n]*First code shown")))
        << login.err().toStdString();
    login.writeLine(QString::fromStdString(
        pli::server::totp::codeAt(secret.toStdString(), pli::server::nowSeconds())));
    login.closeInput();
    const CliResult result = login.finish();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
}

TEST_F(CliSignIn, ForcedPasswordChangeChecksThePolicyBeforeSending)
{
    std::string out;
    ASSERT_EQ(server().runAdmin({"user", "add", "bob", "--display-name", "Bob", "--email",
                                 "bob@example.test", "--temporary"},
                                &out),
              0)
        << out;
    const std::smatch match = [&] {
        std::smatch m;
        std::regex_search(out, m, std::regex("temporary password: (\\S+)"));
        return m;
    }();
    ASSERT_FALSE(match.empty()) << out;
    const QString temporary = QString::fromStdString(match[1].str());
    ASSERT_EQ(server().runAdmin({"user", "set-totp", "bob", "--secret", kSecret}), 0);

    const QString newPassword = QStringLiteral("Fresh-Lantern-Meadow-77");
    CliProcess login(home().environment(), loginArguments("bob")
                                               << QStringLiteral("--code") << freshCode("bob"));
    login.writeLine(temporary);
    ASSERT_TRUE(login.waitForError(re("You must choose a new password. It needs:")))
        << login.err().toStdString();
    // Too short: refused on this side, with the rules it misses, before any request.
    login.writeLine(QStringLiteral("short"));
    login.writeLine(QStringLiteral("short"));
    ASSERT_TRUE(login.waitForError(re("does not follow these rules:\\n  - ")))
        << login.err().toStdString();
    // Two different entries.
    login.writeLine(newPassword);
    login.writeLine(newPassword + u'x');
    ASSERT_TRUE(login.waitForError(re("The two passwords differ."))) << login.err().toStdString();
    login.writeLine(newPassword);
    login.writeLine(newPassword);
    login.closeInput();
    const CliResult result = login.finish();
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(countInLog("POST /api/v1/auth/password"), 1) << server().log();
    EXPECT_FALSE(result.err.contains(newPassword));

    // The new password is the password now.
    const CliResult again =
        cli(loginArguments("bob") << QStringLiteral("--code") << freshCode("bob"), newPassword);
    EXPECT_EQ(again.exitCode, 0) << describe(again);
}

TEST_F(CliSignIn, AWrongPasswordEndsWithTheAuthStatus)
{
    addPerson("alice", "Alice Martin");
    const CliResult result =
        cli(loginArguments("alice") << QStringLiteral("--code") << freshCode("alice"),
            QStringLiteral("not-the-password"));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("The username or the password is incorrect.")))
        << describe(result);
}

TEST_F(CliSignIn, AWrongCodeEndsWithTheAuthStatus)
{
    addPerson("alice", "Alice Martin");
    const CliResult result =
        cli(loginArguments("alice") << QStringLiteral("--code") << QStringLiteral("000000"),
            QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("The code is incorrect."))) << describe(result);
}

TEST_F(CliSignIn, AnAnswerMissingFromStandardInputAbandonsTheSignIn)
{
    addPerson("alice", "Alice Martin");
    // The password, then nothing where the code should be.
    const CliResult result = cli(loginArguments("alice"), QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("abandoned"))) << describe(result);
}

TEST_F(CliSignIn, WithoutATerminalOrPasswordStdinNothingIsAsked)
{
    addPerson("alice", "Alice Martin");
    const CliResult result = cli({QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                                  QStringLiteral("--user"), QStringLiteral("alice")});
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--password-stdin"))) << describe(result);
    EXPECT_EQ(countInLog("POST /api/v1/auth/login"), 0);
}

TEST_F(CliSignIn, TheFirstSignInNeedsAServerAndAUsername)
{
    CliResult result = cli({QStringLiteral("login"), QStringLiteral("--password-stdin")},
                           QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--server URL"))) << describe(result);
    // Answers on standard input start with the password: no username is read from there.
    result = cli({QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                  QStringLiteral("--password-stdin")},
                 QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--user NAME"))) << describe(result);
    EXPECT_EQ(countInLog("POST /api/v1/auth/login"), 0);
}

TEST_F(CliSignIn, CodeAndEmailCodeTogetherAreAUsageError)
{
    const CliResult result =
        cli(loginArguments("alice") << QStringLiteral("--code") << QStringLiteral("123456")
                                    << QStringLiteral("--email-code"));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Try 'pli-cli help login'.")))
        << describe(result);
}

TEST_F(CliSignIn, AnUnreachableServerIsANetworkError)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const CliResult result =
        cli({QStringLiteral("login"), QStringLiteral("--server"),
             QStringLiteral("http://127.0.0.1:%1").arg(closedPort), QStringLiteral("--user"),
             QStringLiteral("alice"), QStringLiteral("--password-stdin")},
            QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("The server could not be reached.")))
        << describe(result);
}

TEST_F(CliSignIn, PlainHttpAwayFromLoopbackIsRefusedBeforeConnecting)
{
    const CliResult result =
        cli({QStringLiteral("login"), QStringLiteral("--server"),
             QStringLiteral("http://pli.example.org"), QStringLiteral("--user"),
             QStringLiteral("alice"), QStringLiteral("--password-stdin")},
            QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not secure"))) << describe(result);
}

class CliSignInLockout : public CliSignIn
{
protected:
    std::vector<std::string> serverArguments() const override
    {
        return {"--max-failed-logins", "2"};
    }
};

TEST_F(CliSignInLockout, ALockedAccountSaysHowToUnlockIt)
{
    addPerson("alice", "Alice Martin");
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(cli(loginArguments("alice"), QStringLiteral("wrong-password")).exitCode, 3);
    const CliResult result =
        cli(loginArguments("alice") << QStringLiteral("--code") << freshCode("alice"),
            QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Your account is locked"))) << describe(result);
}

class CliSignInRateLimit : public CliSignIn
{
protected:
    std::vector<std::string> serverArguments() const override { return {"--login-rate", "2"}; }
};

TEST_F(CliSignInRateLimit, TooManyAttemptsSayWhenToTryAgain)
{
    addPerson("alice", "Alice Martin");
    for (int i = 0; i < 2; ++i)
        cli(loginArguments("alice"), QStringLiteral("wrong-password"));
    const CliResult result = cli(loginArguments("alice"), QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Too many attempts."))) << describe(result);
    EXPECT_TRUE(result.err.contains(re("You can sign in again at \\d\\d:\\d\\d:\\d\\d.")))
        << describe(result);
}

} // namespace
