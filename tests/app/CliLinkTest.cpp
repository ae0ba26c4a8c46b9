// `pli-cli link`: the journeys of the three sign-in links, each link read from the server's
// outbox (.eml) as a person would copy it; a conversation link; and every way a link or its
// server can be wrong, with the exit status of the other commands.
#include "CliFixture.h"
#include "Clock.h"
#include "Totp.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <filesystem>

using pli::test::CliFixture;
using pli::test::CliProcess;
using pli::test::CliResult;
using pli::test::describe;

namespace {

const QString kNewPassword = QStringLiteral("Ete-2015-a-Montreal");

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern));
}

class CliLink : public CliFixture
{
protected:
    // The pli:// link of the newest .eml written to `address`, exactly as in the file.
    QString linkFromOutbox(const std::string &address)
    {
        QString link;
        for (const auto &path : server().outbox()) {
            QFile file(QString::fromStdString(path.string()));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString mail = QString::fromUtf8(file.readAll());
            if (!mail.contains(QStringLiteral("To: ") + QString::fromStdString(address)))
                continue;
            const auto match = re("(pli://\\S+)").match(mail);
            if (match.hasMatch())
                link = match.captured(1);
        }
        EXPECT_FALSE(link.isEmpty()) << "no link mailed to " << address;
        return link;
    }

    void invite(const std::string &username)
    {
        std::string out;
        ASSERT_EQ(server().runAdmin({"user", "add", username, "--display-name", username, "--email",
                                     username + "@example.test"},
                                    &out),
                  0)
            << out;
        ASSERT_EQ(server().runAdmin({"user", "invite", username}, &out), 0) << out;
    }

    void requestReset(const std::string &username)
    {
        auto client = server().client();
        const auto answer = client->Post("/api/v1/auth/password-reset",
                                         "{\"username\":\"" + username + "\"}", "application/json");
        ASSERT_TRUE(answer);
        ASSERT_EQ(answer->status, 202);
    }

    QStringList linkArguments(const QString &link) const
    {
        return {QStringLiteral("link"), link, QStringLiteral("--server"), serverUrl()};
    }
};

class CliLinkLockout : public CliLink
{
protected:
    std::vector<std::string> serverArguments() const override
    {
        return {"--max-failed-logins", "2"};
    }
};

} // namespace

TEST_F(CliLink, AnInvitationChoosesThePasswordThenSignsInAndSetsUpTheAuthenticator)
{
    invite("nora");
    CliProcess link(home().environment(), linkArguments(linkFromOutbox("nora@example.test"))
                                              << QStringLiteral("--user") << QStringLiteral("nora")
                                              << QStringLiteral("--password-stdin")
                                              << QStringLiteral("--device-name")
                                              << QStringLiteral("Nora's phone"));
    ASSERT_TRUE(link.waitForError(re("Choose your password. It needs:\\n  - at least 14")))
        << link.err().toStdString();
    link.writeLine(kNewPassword);
    link.writeLine(kNewPassword);
    ASSERT_TRUE(link.waitForError(re("First code shown by the app:"))) << link.err().toStdString();
    const auto uri = link.errorMatch(re("otpauth://totp/\\S*secret=([A-Z2-7]+)\\S*"));
    ASSERT_TRUE(uri.hasMatch()) << link.err().toStdString();
    link.writeLine(QString::fromStdString(
        pli::server::totp::codeAt(uri.captured(1).toStdString(), pli::server::nowSeconds())));
    link.closeInput();
    const CliResult result = link.finish();
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Your password is chosen; signing in.")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Signed in to %1 as").arg(serverUrl())))
        << describe(result);

    // The link is used now.
    const CliResult again = cli(linkArguments(linkFromOutbox("nora@example.test"))
                                    << QStringLiteral("--password-stdin"),
                                kNewPassword + u'\n' + kNewPassword);
    EXPECT_EQ(again.exitCode, 3) << describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already used"))) << describe(again);
}

TEST_F(CliLink, AResetLinkSetsTheNewPasswordThenSignsIn)
{
    addPerson("alice", "Alice Martin");
    requestReset("alice");
    const CliResult result = cli(linkArguments(linkFromOutbox("alice@example.test"))
                                     << QStringLiteral("--user") << QStringLiteral("alice")
                                     << QStringLiteral("--password-stdin")
                                     << QStringLiteral("--code") << freshCode("alice"),
                                 kNewPassword + u'\n' + kNewPassword);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Reset your password. The new one needs:")))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("as Alice Martin (alice)"))) << describe(result);
}

TEST_F(CliLink, WithoutAUsernameItSaysHowToSignIn)
{
    addPerson("alice", "Alice Martin");
    requestReset("alice");
    const CliResult result = cli(linkArguments(linkFromOutbox("alice@example.test"))
                                     << QStringLiteral("--password-stdin"),
                                 kNewPassword + u'\n' + kNewPassword);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Sign in with it: pli-cli login --server %1 --user NAME").arg(serverUrl())))
        << describe(result);
    const CliResult login =
        cli({QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
             QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
             QStringLiteral("--code"), freshCode("alice")},
            kNewPassword);
    EXPECT_EQ(login.exitCode, 0) << describe(login);
}

TEST_F(CliLink, APasswordBreakingTheRulesIsRefusedAndTheLinkStaysUsable)
{
    addPerson("alice", "Alice Martin");
    requestReset("alice");
    const QString link = linkFromOutbox("alice@example.test");
    const CliResult weak = cli(linkArguments(link) << QStringLiteral("--password-stdin"),
                               QStringLiteral("short\nshort\nshort\nshort\nshort\nshort\n"));
    EXPECT_EQ(weak.exitCode, 3) << describe(weak);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("does not follow these rules"))) << describe(weak);
    const CliResult good = cli(linkArguments(link) << QStringLiteral("--password-stdin"),
                               kNewPassword + u'\n' + kNewPassword);
    EXPECT_EQ(good.exitCode, 0) << describe(good);
}

TEST_F(CliLinkLockout, AnUnlockLinkLetsTheOwnerSignInAgain)
{
    addPerson("alice", "Alice Martin");
    const QStringList login{
        QStringLiteral("login"),  QStringLiteral("--server"), serverUrl(),
        QStringLiteral("--user"), QStringLiteral("alice"),    QStringLiteral("--password-stdin")};
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(cli(login, QStringLiteral("wrong-password")).exitCode, 3);
    const CliResult locked =
        cli(QStringList(login) << QStringLiteral("--code") << freshCode("alice"),
            QString::fromLatin1(kPassword));
    ASSERT_EQ(locked.exitCode, 3) << describe(locked);
    EXPECT_TRUE(locked.err.contains(QStringLiteral("pli-cli link"))) << describe(locked);

    const QString link = linkFromOutbox("alice@example.test");
    const CliResult unlocked = cli(linkArguments(link));
    ASSERT_EQ(unlocked.exitCode, 0) << describe(unlocked);
    EXPECT_TRUE(unlocked.out.contains(QStringLiteral("is unlocked"))) << describe(unlocked);
    const CliResult signedIn =
        cli(QStringList(login) << QStringLiteral("--code") << freshCode("alice"),
            QString::fromLatin1(kPassword));
    EXPECT_EQ(signedIn.exitCode, 0) << describe(signedIn);

    const CliResult again = cli(linkArguments(link) << QStringLiteral("--json"));
    EXPECT_EQ(again.exitCode, 3) << describe(again);
    EXPECT_TRUE(again.out.isEmpty()) << describe(again);
}

TEST_F(CliLink, TheServerOfTheLinkIsUsedAndMustMatchTheOneGiven)
{
    addPerson("alice", "Alice Martin");
    requestReset("alice");
    // As e-mails write it: the link names its server; no --server needed.
    const QString named = linkFromOutbox("alice@example.test");
    EXPECT_TRUE(named.contains(QStringLiteral("server="))) << named.toStdString();
    const CliResult other = cli({QStringLiteral("link"), named, QStringLiteral("--server"),
                                 QStringLiteral("https://other.example.org")});
    EXPECT_EQ(other.exitCode, 2) << describe(other);
    EXPECT_TRUE(
        other.err.contains(QStringLiteral("This link is for the server %1").arg(serverUrl())))
        << describe(other);
    const CliResult used = cli({QStringLiteral("link"), named, QStringLiteral("--password-stdin")},
                               kNewPassword + u'\n' + kNewPassword);
    EXPECT_EQ(used.exitCode, 0) << describe(used);

    // A link of an e-mail written before links named their server, on a computer that knows no
    // account: the server is needed.
    QString unnamedLink = named;
    unnamedLink.remove(QRegularExpression(QStringLiteral("[?&]server=[^&]*")));
    const CliResult unnamed = cli({QStringLiteral("link"), unnamedLink});
    EXPECT_EQ(unnamed.exitCode, 2) << describe(unnamed);
    EXPECT_TRUE(unnamed.err.contains(QStringLiteral("--server URL"))) << describe(unnamed);
}

TEST_F(CliLink, WhatIsNotALinkIsAUsageError)
{
    for (const QString &text :
         {QStringLiteral("pli://auth/invitation"), QStringLiteral("https://example.org/page"),
          QStringLiteral("pli://auth/frobnicate?token=abc"),
          QStringLiteral("pli://auth/unlock?token=abc&server=http%3A%2F%2Fexample.org")}) {
        const CliResult result = cli({QStringLiteral("link"), text});
        EXPECT_EQ(result.exitCode, 2) << text.toStdString() << describe(result);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pli-cli: "))) << describe(result);
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_EQ(cli({QStringLiteral("link")}).exitCode, 2);
}

TEST_F(CliLink, AConversationLinkShowsTheConversation)
{
    addPerson("marc", "Marc Tremblay", true);
    addPerson("alice", "Alice Martin");
    const std::string id =
        createConversation("marc@example.test", "alice@example.test", "Devis 2015", "Bonjour");
    const QString link = QStringLiteral("pli://conversation/%1?server=%2")
                             .arg(QString::fromStdString(id),
                                  QString::fromLatin1(QUrl::toPercentEncoding(serverUrl())));
    const CliResult result =
        cli({QStringLiteral("link"), link, QStringLiteral("--user"), QStringLiteral("alice"),
             QStringLiteral("--password-stdin"), QStringLiteral("--code"), freshCode("alice")},
            QString::fromLatin1(kPassword));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Devis 2015"))) << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Bonjour"))) << describe(result);
}
