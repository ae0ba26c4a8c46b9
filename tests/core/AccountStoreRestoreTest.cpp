// Which accounts are signed in again silently at start (AccountStore::restorableAccounts and
// RestorableAccountsJob): "Stay signed in" ticked and a refresh token in the keychain. Runs
// against the real gnome-keyring of scripts/with-test-session.sh.
#include "accounts/AccountStore.h"
#include "accounts/RestorableAccountsJob.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using pli::Account;
using pli::AccountStore;
using pli::ClientKind;
using pli::Error;
using pli::RestorableAccount;
using pli::RestorableAccountsJob;

namespace {

struct Restored
{
    Error error;
    QList<RestorableAccount> accounts;
};

template<typename JobType, typename Read> auto resultOf(JobType *job, Read read)
{
    std::optional<decltype(read(job))> result;
    QObject::connect(job, &pli::Job::finished, [&result, job, read] { result = read(job); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        << "the job did not finish";
    return result.value_or(decltype(read(job)){});
}

Restored restoredBy(RestorableAccountsJob *job)
{
    return resultOf(job, [](RestorableAccountsJob *j) {
        return Restored{j->error(), j->accounts()};
    });
}

Error errorOf(pli::CredentialJob *job)
{
    return resultOf(job, [](pli::CredentialJob *j) { return j->error(); });
}

class AccountStoreRestoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("PLI_TEST_SESSION"))
            GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh "
                            "(PLI_TEST_SESSION is not set)";
        ASSERT_TRUE(m_dir.isValid());
    }

    void TearDown() override
    {
        for (const QString &key : std::as_const(m_keys))
            errorOf(m_credentials.remove(key));
    }

    // An account on a server address no other test process uses.
    Account account(const QString &username, bool staySignedIn, const QString &lastUsed = {})
    {
        Account a;
        const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
        a.server = QUrl(QStringLiteral("https://pli.test/%1-%2")
                            .arg(QString::fromLatin1(test->name()))
                            .arg(QCoreApplication::applicationPid()));
        a.username = username;
        a.staySignedIn = staySignedIn;
        a.lastUsed = QDateTime::fromString(lastUsed, Qt::ISODate);
        return a;
    }

    void addWithToken(const Account &a, const QString &token)
    {
        ASSERT_FALSE(m_accounts.add(a));
        if (token.isEmpty())
            return;
        m_keys.append(a.credentialKey(ClientKind::Desktop));
        ASSERT_FALSE(errorOf(m_credentials.save(a.credentialKey(ClientKind::Desktop), token)));
    }

    QTemporaryDir m_dir;
    AccountStore m_accounts{m_dir.filePath(QStringLiteral("pli.ini"))};
    pli::CredentialStore m_credentials;
    QStringList m_keys;
};

TEST_F(AccountStoreRestoreTest, OnlyAccountsThatStaySignedInAndHaveATokenAreRestored)
{
    addWithToken(account(QStringLiteral("alice"), true), QStringLiteral("token-alice"));
    addWithToken(account(QStringLiteral("bob"), true), QString()); // no token kept
    addWithToken(account(QStringLiteral("carol"), false), QStringLiteral("token-carol"));

    const Restored restored =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop));
    ASSERT_FALSE(restored.error) << restored.error.codeName().toStdString();
    ASSERT_EQ(restored.accounts.size(), 1);
    EXPECT_EQ(restored.accounts.at(0).account.username, QStringLiteral("alice"));
    EXPECT_EQ(restored.accounts.at(0).refreshToken, QStringLiteral("token-alice"));
}

TEST_F(AccountStoreRestoreTest, MostRecentlyUsedAccountComesFirst)
{
    addWithToken(account(QStringLiteral("alice"), true, QStringLiteral("2024-01-01T00:00:00Z")),
                 QStringLiteral("token-alice"));
    addWithToken(account(QStringLiteral("bob"), true, QStringLiteral("2024-03-01T00:00:00Z")),
                 QStringLiteral("token-bob"));

    const Restored restored =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop));
    ASSERT_FALSE(restored.error);
    ASSERT_EQ(restored.accounts.size(), 2);
    EXPECT_EQ(restored.accounts.at(0).account.username, QStringLiteral("bob"));
    EXPECT_EQ(restored.accounts.at(0).refreshToken, QStringLiteral("token-bob"));
    EXPECT_EQ(restored.accounts.at(1).account.username, QStringLiteral("alice"));
}

TEST_F(AccountStoreRestoreTest, NothingToRestoreIsAnsweredFromTheEventLoop)
{
    addWithToken(account(QStringLiteral("alice"), false), QString());
    RestorableAccountsJob *job = m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop);
    EXPECT_TRUE(job->isRunning());
    const Restored restored = restoredBy(job);
    EXPECT_FALSE(restored.error);
    EXPECT_TRUE(restored.accounts.isEmpty());
}

TEST_F(AccountStoreRestoreTest, CancelledLookupRestoresNothing)
{
    addWithToken(account(QStringLiteral("alice"), true), QStringLiteral("token-alice"));
    RestorableAccountsJob *job = m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop);
    std::optional<Restored> restored;
    QObject::connect(job, &pli::Job::finished, [&restored, job] {
        restored = Restored{job->error(), job->accounts()};
    });
    job->cancel();
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->error.code(), Error::Code::Cancelled);
    EXPECT_TRUE(restored->accounts.isEmpty());
}

TEST_F(AccountStoreRestoreTest, TurningStaySignedInOffExcludesTheAccount)
{
    Account alice = account(QStringLiteral("alice"), true);
    addWithToken(alice, QStringLiteral("token-alice"));
    alice.staySignedIn = false;
    ASSERT_FALSE(m_accounts.update(alice));

    const Restored restored =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop));
    EXPECT_FALSE(restored.error);
    EXPECT_TRUE(restored.accounts.isEmpty());
}

TEST_F(AccountStoreRestoreTest, OnlyThisProgramsOwnTokenRestoresItsSignIn)
{
    // pli-cli's token for the same account is pli-cli's: the desktop never presents it.
    const Account alice = account(QStringLiteral("alice"), true);
    ASSERT_FALSE(m_accounts.add(alice));
    m_keys.append(alice.credentialKey(ClientKind::Cli));
    ASSERT_FALSE(errorOf(
        m_credentials.save(alice.credentialKey(ClientKind::Cli), QStringLiteral("token-cli"))));
    Restored restored =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop));
    EXPECT_FALSE(restored.error);
    EXPECT_TRUE(restored.accounts.isEmpty());

    restored = restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Cli));
    ASSERT_EQ(restored.accounts.size(), 1);
    EXPECT_EQ(restored.accounts.at(0).refreshToken, QStringLiteral("token-cli"));
}

TEST_F(AccountStoreRestoreTest, TheEntrySharedByEarlierVersionsIsTakenOver)
{
    const Account alice = account(QStringLiteral("alice"), true);
    ASSERT_FALSE(m_accounts.add(alice));
    const QString shared = pli::CredentialStore::sharedKeyFor(alice.server, alice.username);
    m_keys << shared << alice.credentialKey(ClientKind::Desktop);
    ASSERT_FALSE(errorOf(m_credentials.save(shared, QStringLiteral("token-shared"))));

    const Restored restored =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Desktop));
    ASSERT_FALSE(restored.error);
    ASSERT_EQ(restored.accounts.size(), 1);
    EXPECT_EQ(restored.accounts.at(0).refreshToken, QStringLiteral("token-shared"));
    // Moved: the other program can no longer present the same token.
    const Restored again =
        restoredBy(m_accounts.restorableAccounts(m_credentials, ClientKind::Cli));
    EXPECT_TRUE(again.accounts.isEmpty());
}

} // namespace
