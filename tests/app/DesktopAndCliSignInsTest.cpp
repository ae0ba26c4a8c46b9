// The desktop client and pli-cli signed in to one account at the same time, each staying
// signed in: each keeps its own refresh token (its own keychain entry, its own token family on
// the server), so that the rotations of one never sign the other out. The desktop side is the
// real SignedInAccounts of the `pli` program (in this process, its list of accounts where
// pli-cli looks for it); pli-cli is the real binary. Keyring: scripts/with-test-session.sh.
#include "CliFixture.h"

#include "JobWait.h"
#include "accounts/AccountStore.h"
#include "accounts/SignedInAccounts.h"
#include "api/GetMeJob.h"
#include "auth/AuthSession.h"
#include "keychain/ClientTokenLoadJob.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace pli;
using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;

namespace {

class DesktopAndCli : public CliFixture
{
protected:
    void SetUp() override
    {
        if (!hasTestKeyring())
            GTEST_SKIP() << "needs the keyring of scripts/with-test-session.sh";
        CliFixture::SetUp();
        addPerson("alice", "Alice Martin");
        desktopStore =
            std::make_unique<AccountStore>(home().filePath(QStringLiteral(".config/Pli/Pli.conf")));
        desktop = std::make_unique<SignedInAccounts>(desktopStore.get(), &credentials);
    }

    void TearDown() override
    {
        for (const ClientKind client : allClientKinds())
            waitFor(credentials.remove(credentialKey(client)));
        waitFor(credentials.remove(
            CredentialStore::sharedKeyFor(serverAddress(), QStringLiteral("alice"))));
    }

    QUrl serverAddress() const { return Account::normalizedServer(QUrl(serverUrl())); }
    QString credentialKey(ClientKind client) const
    {
        return CredentialStore::keyFor(serverAddress(), QStringLiteral("alice"), client);
    }

    // What the keyring holds for one program, as another program reads it.
    QString storedToken(ClientKind client)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("pli"),
                    QStringLiteral("user"), credentialKey(client)});
        EXPECT_TRUE(tool.waitForFinished(20000));
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    // The desktop's sign-in window, reduced to what it does: password, authenticator code,
    // "Stay signed in" ticked, the finished sign-in handed to SignedInAccounts.
    void signInOnTheDesktop()
    {
        auto *api = new ApiClient(serverAddress());
        auto *session = new AuthSession(api);
        session->signIn(QStringLiteral("alice"), QString::fromLatin1(kPassword));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return session->state() == AuthSession::State::SecondFactorRequired; }, 20000))
            << AuthSession::stateName(session->state()).toStdString();
        session->submitTotpCode(freshCode("alice"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return session->state() == AuthSession::State::SignedIn; }, 20000))
            << AuthSession::stateName(session->state()).toStdString();
        Account account;
        account.server = serverAddress();
        account.username = QStringLiteral("alice");
        account.displayName = QStringLiteral("Alice Martin");
        account.staySignedIn = true;
        desktop->add(account, api, session);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !storedToken(ClientKind::Desktop).isEmpty(); }, 20000));
    }

    ApiClient *desktopApi() const
    {
        const auto *entry = desktop->find(Account::keyOf(serverAddress(), QStringLiteral("alice")));
        return entry ? entry->api : nullptr;
    }

    // The server takes each authenticator code once and accepts two time steps: a third
    // sign-in within 30 s needs the record of spent codes cleared.
    void forgetSpentCodes()
    {
        auto guard = server().db().lock();
        server().db().execute("UPDATE users SET totp_last_step = 0");
    }

    // A refresh now, as the desktop does when its access token expires.
    Error renewOnTheDesktop()
    {
        std::optional<Error> result;
        desktopApi()->renewSession(desktopApi()->accessTokenGeneration(), desktop.get(),
                                   [&](const Error &error) { result = error; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        return result.value_or(Error(Error::Code::Timeout));
    }

    CredentialStore credentials;
    std::unique_ptr<AccountStore> desktopStore;
    std::unique_ptr<SignedInAccounts> desktop;
};

TEST_F(DesktopAndCli, RotationsOfOneProgramNeverSignTheOtherOut)
{
    signIn("alice"); // pli-cli login --remember
    ASSERT_NO_FATAL_FAILURE(signInOnTheDesktop());
    QSignalSpy removed(desktop.get(), &SignedInAccounts::accountRemoved);
    const QString cliToken = storedToken(ClientKind::Cli);
    const QString desktopToken = storedToken(ClientKind::Desktop);
    ASSERT_FALSE(cliToken.isEmpty());
    EXPECT_NE(cliToken, desktopToken);

    // Turn by turn, each program rotates its own token several times.
    for (int round = 0; round < 3; ++round) {
        const CliResult personas = cli({QStringLiteral("personas")});
        ASSERT_EQ(personas.exitCode, 0) << describe(personas);
        ASSERT_FALSE(renewOnTheDesktop()) << "round " << round;
    }
    EXPECT_NE(storedToken(ClientKind::Cli), cliToken);
    // The keychain is written in the background: it soon holds the desktop's newest token.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return storedToken(ClientKind::Desktop) == desktopApi()->refreshToken(); }, 20000));
    EXPECT_NE(storedToken(ClientKind::Desktop), desktopToken);

    // Both still signed in: pli-cli silently, the desktop without a sign-out.
    const CliResult again = cli({QStringLiteral("personas")});
    EXPECT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_FALSE(waitFor(desktopApi()->getMe())->error());
    EXPECT_TRUE(removed.isEmpty());

    // The desktop's next start signs in again from its own entry.
    SignedInAccounts nextStart(desktopStore.get(), &credentials);
    QSignalSpy restored(&nextStart, &SignedInAccounts::restoreFinished);
    nextStart.restore();
    ASSERT_TRUE(restored.wait(20000));
    EXPECT_EQ(restored.first().at(0).toInt(), 1);
}

TEST_F(DesktopAndCli, SigningOutOfOneProgramLeavesTheOtherSignedIn)
{
    signIn("alice");
    ASSERT_NO_FATAL_FAILURE(signInOnTheDesktop());

    const CliResult logout = cli({QStringLiteral("logout")});
    ASSERT_EQ(logout.exitCode, 0) << describe(logout);
    EXPECT_TRUE(storedToken(ClientKind::Cli).isEmpty());
    EXPECT_FALSE(storedToken(ClientKind::Desktop).isEmpty());
    EXPECT_FALSE(renewOnTheDesktop());

    // And the other way round.
    forgetSpentCodes();
    signIn("alice");
    desktop->signOut(Account::keyOf(serverAddress(), QStringLiteral("alice")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedToken(ClientKind::Desktop).isEmpty(); }, 20000));
    const CliResult personas = cli({QStringLiteral("personas")});
    EXPECT_EQ(personas.exitCode, 0) << describe(personas);
}

TEST_F(DesktopAndCli, AccountsSaysWhichProgramsStaySignedIn)
{
    signIn("alice");
    CliResult accounts = cli({QStringLiteral("accounts")});
    ASSERT_EQ(accounts.exitCode, 0) << describe(accounts);
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("Signed in on this computer")))
        << describe(accounts);
    EXPECT_FALSE(accounts.out.contains(QStringLiteral("desktop app"))) << describe(accounts);

    ASSERT_NO_FATAL_FAILURE(signInOnTheDesktop());
    accounts = cli({QStringLiteral("accounts")});
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("pli-cli, desktop app")))
        << describe(accounts);
    const CliResult json = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    const QJsonObject item = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(item.value(QStringLiteral("signed_in_on")).toArray(),
              QJsonArray({QStringLiteral("cli"), QStringLiteral("desktop")}))
        << describe(json);

    ASSERT_EQ(cli({QStringLiteral("logout")}).exitCode, 0);
    accounts = cli({QStringLiteral("accounts")});
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("  desktop app"))) << describe(accounts);
    EXPECT_FALSE(accounts.out.contains(QStringLiteral("pli-cli, "))) << describe(accounts);
}

// Before separate sign-ins both programs kept the token under "<server>|<username>". After the
// update the first program that looks takes it over; the other signs in once more.
TEST_F(DesktopAndCli, TheEntrySharedBeforeTheUpdateGoesToTheFirstProgram)
{
    signIn("alice");
    // As an earlier version left it: the token under the shared key only.
    const QString token = storedToken(ClientKind::Cli);
    ASSERT_FALSE(token.isEmpty());
    const QString shared = CredentialStore::sharedKeyFor(serverAddress(), QStringLiteral("alice"));
    ASSERT_FALSE(waitFor(credentials.save(shared, token))->error());
    ASSERT_FALSE(waitFor(credentials.remove(credentialKey(ClientKind::Cli)))->error());

    const CliResult personas = cli({QStringLiteral("personas")});
    ASSERT_EQ(personas.exitCode, 0) << describe(personas);
    EXPECT_FALSE(storedToken(ClientKind::Cli).isEmpty());
    const auto left = waitFor(
        credentials.loadClientToken(serverAddress(), QStringLiteral("alice"), ClientKind::Desktop));
    EXPECT_FALSE(left->error());
    EXPECT_FALSE(left->found()) << "the desktop must not get the token pli-cli now rotates";
}

} // namespace
