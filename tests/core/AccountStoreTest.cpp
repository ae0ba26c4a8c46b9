// AccountStore on a real settings file in a temporary directory: the list of accounts, its
// order, validation, persistence across instances, the remembered username, and failures.
#include "accounts/AccountStore.h"
#include "TestCertificates.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using pli::Account;
using pli::AccountStore;
using pli::Error;

namespace {

Account makeAccount(const QString &server, const QString &username, bool staySignedIn = false)
{
    Account account;
    account.server = QUrl(server);
    account.username = username;
    account.displayName = username + QStringLiteral(" Example");
    account.staySignedIn = staySignedIn;
    return account;
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

class AccountStoreTest : public ::testing::Test
{
protected:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("pli.ini")); }

    QByteArray settingsText() const
    {
        QFile file(settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

TEST_F(AccountStoreTest, StartsEmpty)
{
    AccountStore store(settingsFile());
    EXPECT_TRUE(store.accounts().isEmpty());
    EXPECT_TRUE(store.rememberedUsername().isEmpty());
    EXPECT_TRUE(store.rememberedServer().isEmpty());
}

TEST_F(AccountStoreTest, AddedAccountIsKeptAcrossInstances)
{
    Account alice =
        makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice"), true);
    alice.lastUsed = at(QStringLiteral("2024-05-01T10:00:00.250Z"));
    {
        AccountStore store(settingsFile());
        QSignalSpy added(&store, &AccountStore::accountAdded);
        ASSERT_FALSE(store.add(alice));
        ASSERT_EQ(added.count(), 1);
        EXPECT_EQ(added.at(0).at(0).value<Account>(), alice);
    }
    AccountStore reopened(settingsFile());
    ASSERT_EQ(reopened.accounts().size(), 1);
    EXPECT_EQ(reopened.accounts().at(0), alice);
    EXPECT_TRUE(settingsText().contains("[accounts]"));
}

TEST_F(AccountStoreTest, ServerAddressIsStoredInOneSpelling)
{
    AccountStore store(settingsFile());
    ASSERT_FALSE(store.add(makeAccount(QStringLiteral("HTTPS://Pli.Example.ORG:443/portal/"),
                                       QStringLiteral("alice"))));

    const QUrl expected(QStringLiteral("https://pli.example.org/portal"));
    EXPECT_EQ(store.accounts().at(0).server, expected);
    EXPECT_TRUE(store.account(expected, QStringLiteral("alice")).has_value());
    EXPECT_TRUE(store
                    .account(QUrl(QStringLiteral("https://pli.example.org:443/portal/")),
                             QStringLiteral("alice"))
                    .has_value());
    EXPECT_EQ(store.accounts().at(0).key(), QStringLiteral("https://pli.example.org/portal|alice"));
    // Each program keeps its own refresh token.
    EXPECT_EQ(store.accounts().at(0).credentialKey(pli::ClientKind::Desktop),
              QStringLiteral("desktop|https://pli.example.org/portal|alice"));
    EXPECT_EQ(store.accounts().at(0).credentialKey(pli::ClientKind::Cli),
              QStringLiteral("cli|https://pli.example.org/portal|alice"));
    // A different port or username is another account.
    EXPECT_FALSE(store.account(QUrl(QStringLiteral("https://pli.example.org:8443/portal")),
                               QStringLiteral("alice")));
    EXPECT_FALSE(store.account(expected, QStringLiteral("Alice")));
}

TEST_F(AccountStoreTest, InvalidAccountsAreRefusedWithAReason)
{
    AccountStore store(settingsFile());
    QSignalSpy added(&store, &AccountStore::accountAdded);
    const QList<Account> invalid = {
        makeAccount(QStringLiteral("ftp://pli.example.org"), QStringLiteral("alice")),
        makeAccount(QStringLiteral("pli.example.org"), QStringLiteral("alice")),
        makeAccount(QStringLiteral("https://"), QStringLiteral("alice")),
        makeAccount(QStringLiteral("https://pli.example.org"), QString()),
        makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("   ")),
        makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("ali\nce")),
        makeAccount(QStringLiteral("https://pli.example.org"), QString(300, QLatin1Char('a'))),
    };
    for (const Account &account : invalid) {
        const Error error = store.add(account);
        EXPECT_EQ(error.code(), Error::Code::InvalidInput)
            << account.server.toString().toStdString() << " / " << account.username.toStdString();
        EXPECT_FALSE(error.detail().isEmpty());
    }
    EXPECT_TRUE(store.accounts().isEmpty());
    EXPECT_EQ(added.count(), 0);
}

TEST_F(AccountStoreTest, AddingTheSameAccountTwiceIsRefused)
{
    AccountStore store(settingsFile());
    ASSERT_FALSE(
        store.add(makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice"))));
    const Error error = store.add(
        makeAccount(QStringLiteral("https://PLI.example.org/"), QStringLiteral("alice"), true));
    EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    ASSERT_EQ(store.accounts().size(), 1);
    EXPECT_FALSE(store.accounts().at(0).staySignedIn);
}

TEST_F(AccountStoreTest, UpdateReplacesFieldsAndSignals)
{
    AccountStore store(settingsFile());
    Account alice = makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice"));
    ASSERT_FALSE(store.add(alice));
    QSignalSpy updated(&store, &AccountStore::accountUpdated);

    alice.displayName = QStringLiteral("Alice Tremblay");
    alice.staySignedIn = true;
    ASSERT_FALSE(store.update(alice));
    ASSERT_EQ(updated.count(), 1);
    EXPECT_EQ(updated.at(0).at(0).value<Account>(), alice);

    // Unchanged fields: nothing to write, nothing to announce.
    ASSERT_FALSE(store.update(alice));
    EXPECT_EQ(updated.count(), 1);

    AccountStore reopened(settingsFile());
    EXPECT_EQ(reopened.account(alice.server, alice.username), alice);
}

TEST_F(AccountStoreTest, UpdateOfUnknownAccountIsNotFound)
{
    AccountStore store(settingsFile());
    QSignalSpy updated(&store, &AccountStore::accountUpdated);
    const Error error =
        store.update(makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("bob")));
    EXPECT_EQ(error.code(), Error::Code::NotFound);
    EXPECT_TRUE(store.accounts().isEmpty());
    EXPECT_EQ(updated.count(), 0);
}

TEST_F(AccountStoreTest, RemoveForgetsTheAccountAndSignals)
{
    AccountStore store(settingsFile());
    const Account alice =
        makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice"));
    const Account bob =
        makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("bob"));
    ASSERT_FALSE(store.add(alice));
    ASSERT_FALSE(store.add(bob));
    QSignalSpy removed(&store, &AccountStore::accountRemoved);

    EXPECT_TRUE(store.remove(QUrl(QStringLiteral("https://pli.example.org/")), alice.username));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).value<Account>(), alice);
    EXPECT_FALSE(store.remove(alice.server, alice.username));
    EXPECT_EQ(removed.count(), 1);

    AccountStore reopened(settingsFile());
    ASSERT_EQ(reopened.accounts().size(), 1);
    EXPECT_EQ(reopened.accounts().at(0), bob);
}

TEST_F(AccountStoreTest, AccountsAreListedMostRecentlyUsedFirst)
{
    AccountStore store(settingsFile());
    const QUrl server(QStringLiteral("https://pli.example.org"));
    for (const QString &name : {QStringLiteral("never"), QStringLiteral("old"),
                                QStringLiteral("recent"), QStringLiteral("other")})
        ASSERT_FALSE(store.add(makeAccount(server.toString(), name)));
    ASSERT_FALSE(
        store.markUsed(server, QStringLiteral("old"), at(QStringLiteral("2024-01-01T08:00:00Z"))));
    ASSERT_FALSE(store.markUsed(server, QStringLiteral("recent"),
                                at(QStringLiteral("2024-06-01T08:00:00Z"))));

    QStringList order;
    for (const Account &account : AccountStore(settingsFile()).accounts())
        order.append(account.username);
    EXPECT_EQ(order, (QStringList{QStringLiteral("recent"), QStringLiteral("old"),
                                  QStringLiteral("never"), QStringLiteral("other")}));

    QSignalSpy updated(&store, &AccountStore::accountUpdated);
    ASSERT_FALSE(store.markUsed(server, QStringLiteral("other")));
    EXPECT_EQ(updated.count(), 1);
    EXPECT_EQ(store.accounts().at(0).username, QStringLiteral("other"));
    EXPECT_EQ(store.markUsed(server, QStringLiteral("nobody")).code(), Error::Code::NotFound);
}

TEST_F(AccountStoreTest, RememberedUsernameIsKeptAndForgotten)
{
    {
        AccountStore store(settingsFile());
        QSignalSpy changed(&store, &AccountStore::rememberedChanged);
        ASSERT_FALSE(store.setRemembered(QUrl(QStringLiteral("https://Pli.Example.org/")),
                                         QStringLiteral("alice")));
        EXPECT_EQ(changed.count(), 1);
        ASSERT_FALSE(store.setRemembered(QUrl(QStringLiteral("https://pli.example.org")),
                                         QStringLiteral("alice")));
        EXPECT_EQ(changed.count(), 1);
    }
    AccountStore store(settingsFile());
    EXPECT_EQ(store.rememberedServer(), QUrl(QStringLiteral("https://pli.example.org")));
    EXPECT_EQ(store.rememberedUsername(), QStringLiteral("alice"));
    // Remembering a username does not make an account.
    EXPECT_TRUE(store.accounts().isEmpty());

    QSignalSpy changed(&store, &AccountStore::rememberedChanged);
    store.forgetRemembered();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(AccountStore(settingsFile()).rememberedUsername().isEmpty());
    EXPECT_TRUE(AccountStore(settingsFile()).rememberedServer().isEmpty());
}

TEST_F(AccountStoreTest, InvalidRememberedUsernameIsRefused)
{
    AccountStore store(settingsFile());
    ASSERT_FALSE(store.setRemembered(QUrl(QStringLiteral("https://pli.example.org")),
                                     QStringLiteral("alice")));
    const Error error =
        store.setRemembered(QUrl(QStringLiteral("https://pli.example.org")), QString());
    EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    EXPECT_EQ(store.rememberedUsername(), QStringLiteral("alice"));
}

TEST_F(AccountStoreTest, DamagedEntriesAreSkipped)
{
    {
        QFile file(settingsFile());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[accounts]\n"
                   "list\\size=3\n"
                   "list\\1\\server=not a url at all\n"
                   "list\\1\\username=mallory\n"
                   "list\\2\\server=https://pli.example.org\n"
                   "list\\2\\username=alice\n"
                   "list\\2\\staySignedIn=true\n"
                   "list\\2\\lastUsed=garbage\n"
                   "list\\3\\server=https://pli.example.org\n");
    }
    AccountStore store(settingsFile());
    const QList<Account> accounts = store.accounts();
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_EQ(accounts.at(0).username, QStringLiteral("alice"));
    EXPECT_TRUE(accounts.at(0).staySignedIn);
    EXPECT_FALSE(accounts.at(0).lastUsed.isValid());
}

TEST_F(AccountStoreTest, TrustedAuthorityIsKeptWithTheAccountAndChecked)
{
    const QByteArray authority = pli::test::authorityPem();
    Account alice = makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice"));
    alice.trustedCertificates = authority;
    {
        AccountStore store(settingsFile());
        ASSERT_FALSE(store.add(alice));
    }
    AccountStore store(settingsFile());
    const auto stored = store.account(alice.server, alice.username);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->trustedCertificates, authority);
    EXPECT_TRUE(settingsText().contains("BEGIN CERTIFICATE")) << "public, in the settings";

    // A damaged certificate is refused with a reason, and the stored one stays.
    Account damaged = *stored;
    damaged.trustedCertificates = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    EXPECT_EQ(store.update(damaged).code(), Error::Code::InvalidInput);
    EXPECT_EQ(store.account(alice.server, alice.username)->trustedCertificates, authority);
    Account bob = makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("bob"));
    bob.trustedCertificates = "junk";
    EXPECT_EQ(store.add(bob).code(), Error::Code::InvalidInput);

    // Back to the system's authorities.
    Account system = *stored;
    system.trustedCertificates.clear();
    ASSERT_FALSE(store.update(system));
    EXPECT_TRUE(AccountStore(settingsFile())
                    .account(alice.server, alice.username)
                    ->trustedCertificates.isEmpty());
    EXPECT_FALSE(settingsText().contains("BEGIN CERTIFICATE"));
}

TEST_F(AccountStoreTest, UnwritableSettingsAreReported)
{
    // A regular file where the settings' directory should be: not even root can write there.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    AccountStore store(blocker + QStringLiteral("/pli.ini"));
    const Error error =
        store.add(makeAccount(QStringLiteral("https://pli.example.org"), QStringLiteral("alice")));
    EXPECT_EQ(error.code(), Error::Code::FileError);
    EXPECT_TRUE(error.detail().contains(QStringLiteral("pli.ini")));
    EXPECT_FALSE(error.message().isEmpty());
}

TEST_F(AccountStoreTest, DefaultSettingsFollowStandardPaths)
{
    QStandardPaths::setTestModeEnabled(true);
    const AccountStore store;
    const QString configDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QStandardPaths::setTestModeEnabled(false);
    EXPECT_TRUE(store.settingsPath().startsWith(configDir + QLatin1Char('/')))
        << store.settingsPath().toStdString() << " is not under " << configDir.toStdString();
}

} // namespace
