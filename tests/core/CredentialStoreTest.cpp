// CredentialStore against a real Secret Service: the gnome-keyring of
// scripts/with-test-session.sh. Each entry is also checked from outside Pli with secret-tool.
// QtKeychain files an entry under the attributes server=<service> and user=<key>.
#include "keychain/CredentialStore.h"
#include "keychain/CredentialJob.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <optional>

using pli::CredentialJob;
using pli::CredentialStore;
using pli::Error;

namespace {

struct Outcome
{
    Error error;
    bool found = false;
    QString secret;
};

// Waits for a job's `finished` (it deletes itself afterwards) and keeps what it reported.
Outcome outcomeOf(CredentialJob *job)
{
    std::optional<Outcome> outcome;
    QObject::connect(job, &pli::Job::finished, [&outcome, job] {
        outcome = Outcome{job->error(), job->found(), job->secret()};
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000)) {
        ADD_FAILURE() << "the keychain job did not finish";
        return {Error(Error::Code::Timeout), false, {}};
    }
    return *outcome;
}

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

ToolResult secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(20000)) {
        ADD_FAILURE() << "secret-tool did not finish: " << process.errorString().toStdString();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

// What the keyring holds for `key`, as seen by another program; nullopt when nothing.
std::optional<QString> keyringEntry(const QString &key)
{
    const ToolResult result = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                          CredentialStore::service(), QStringLiteral("user"), key});
    if (result.exitCode != 0)
        return std::nullopt;
    return result.output;
}

// How many items the keyring holds for `key` (locked or not).
int keyringItemCount(const QString &key)
{
    const ToolResult result =
        secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    CredentialStore::service(), QStringLiteral("user"), key});
    return int(result.output.count(QStringLiteral("secret = ")));
}

class CredentialStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("PLI_TEST_SESSION"))
            GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh "
                            "(PLI_TEST_SESSION is not set)";
    }

    // A key no other test (or parallel test process) uses.
    QString uniqueKey(const QString &username = QStringLiteral("alice")) const
    {
        const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
        const QUrl server(QStringLiteral("https://pli.test/%1-%2")
                              .arg(QString::fromLatin1(test->name()))
                              .arg(QCoreApplication::applicationPid()));
        return CredentialStore::keyFor(server, username, pli::ClientKind::Desktop);
    }

    CredentialStore store;
};

TEST_F(CredentialStoreTest, KeychainIsAvailableInTestSession)
{
    const Outcome probe = outcomeOf(store.isAvailable());
    EXPECT_FALSE(probe.error) << probe.error.codeName().toStdString() << ": "
                              << probe.error.detail().toStdString();
}

TEST_F(CredentialStoreTest, KeyNamesProgramServerAndUser)
{
    const QUrl server(QStringLiteral("https://pli.example.org"));
    EXPECT_EQ(CredentialStore::keyFor(server, QStringLiteral("alice"), pli::ClientKind::Desktop),
              QStringLiteral("desktop|https://pli.example.org|alice"));
    EXPECT_EQ(CredentialStore::keyFor(server, QStringLiteral("alice"), pli::ClientKind::Cli),
              QStringLiteral("cli|https://pli.example.org|alice"));
    // The key of earlier versions, which both programs shared.
    EXPECT_EQ(CredentialStore::sharedKeyFor(server, QStringLiteral("alice")),
              QStringLiteral("https://pli.example.org|alice"));
    // No username makes one program's key another's.
    EXPECT_NE(
        CredentialStore::keyFor(server, QStringLiteral("alice|cli"), pli::ClientKind::Desktop),
        CredentialStore::keyFor(server, QStringLiteral("alice"), pli::ClientKind::Cli));
    EXPECT_EQ(CredentialStore::service(), QStringLiteral("pli"));
}

TEST_F(CredentialStoreTest, SaveLoadRemoveRoundTrip)
{
    const QString key = uniqueKey();
    const QString token = QStringLiteral("rt_8Zq1-refresh-token");

    const Outcome saved = outcomeOf(store.save(key, token));
    ASSERT_FALSE(saved.error) << saved.error.detail().toStdString();
    EXPECT_EQ(keyringEntry(key), token);

    const Outcome loaded = outcomeOf(store.load(key));
    ASSERT_FALSE(loaded.error);
    EXPECT_TRUE(loaded.found);
    EXPECT_EQ(loaded.secret, token);

    const Outcome removed = outcomeOf(store.remove(key));
    ASSERT_FALSE(removed.error);
    EXPECT_EQ(keyringEntry(key), std::nullopt);

    const Outcome reloaded = outcomeOf(store.load(key));
    EXPECT_FALSE(reloaded.error);
    EXPECT_FALSE(reloaded.found);
    EXPECT_TRUE(reloaded.secret.isEmpty());
}

TEST_F(CredentialStoreTest, LoadOfMissingEntryIsEmptyNotAnError)
{
    const Outcome loaded = outcomeOf(store.load(uniqueKey()));
    EXPECT_FALSE(loaded.error);
    EXPECT_FALSE(loaded.found);
    EXPECT_TRUE(loaded.secret.isEmpty());
}

TEST_F(CredentialStoreTest, RemoveOfMissingEntrySucceeds)
{
    const Outcome removed = outcomeOf(store.remove(uniqueKey()));
    EXPECT_FALSE(removed.error);
}

TEST_F(CredentialStoreTest, SaveReplacesPreviousSecret)
{
    const QString key = uniqueKey();
    ASSERT_FALSE(outcomeOf(store.save(key, QStringLiteral("first-token"))).error);
    ASSERT_FALSE(outcomeOf(store.save(key, QStringLiteral("second-token"))).error);

    EXPECT_EQ(outcomeOf(store.load(key)).secret, QStringLiteral("second-token"));
    EXPECT_EQ(keyringItemCount(key), 1);
    EXPECT_EQ(keyringEntry(key), QStringLiteral("second-token"));
    outcomeOf(store.remove(key));
}

TEST_F(CredentialStoreTest, EntriesOfTwoAccountsStayApart)
{
    const QString alice = uniqueKey(QStringLiteral("alice"));
    const QString bob = uniqueKey(QStringLiteral("bob"));
    ASSERT_FALSE(outcomeOf(store.save(alice, QStringLiteral("token-of-alice"))).error);
    ASSERT_FALSE(outcomeOf(store.save(bob, QStringLiteral("token-of-bob"))).error);

    ASSERT_FALSE(outcomeOf(store.remove(alice)).error);
    EXPECT_FALSE(outcomeOf(store.load(alice)).found);
    EXPECT_EQ(outcomeOf(store.load(bob)).secret, QStringLiteral("token-of-bob"));
    outcomeOf(store.remove(bob));
}

TEST_F(CredentialStoreTest, SecretOfExactlyTheLimitIsKept)
{
    const QString key = uniqueKey();
    const QString token(CredentialStore::MaxSecretBytes, QLatin1Char('t'));
    ASSERT_FALSE(outcomeOf(store.save(key, token)).error);
    EXPECT_EQ(outcomeOf(store.load(key)).secret, token);
    outcomeOf(store.remove(key));
}

TEST_F(CredentialStoreTest, OversizeSecretIsRefusedAndNothingIsWritten)
{
    const QString key = uniqueKey();
    const QString token(CredentialStore::MaxSecretBytes + 1, QLatin1Char('t'));

    const Outcome saved = outcomeOf(store.save(key, token));
    EXPECT_EQ(saved.error.code(), Error::Code::InvalidInput);
    EXPECT_TRUE(saved.error.detail().contains(QStringLiteral("2001")));
    EXPECT_TRUE(saved.error.detail().contains(QStringLiteral("2000")));
    EXPECT_FALSE(saved.error.message().isEmpty());
    EXPECT_EQ(keyringEntry(key), std::nullopt);
}

TEST_F(CredentialStoreTest, LimitCountsUtf8BytesNotCharacters)
{
    const QString key = uniqueKey();
    // "é" takes two bytes in UTF-8: 1,001 of them are 2,002 bytes.
    const Outcome saved = outcomeOf(store.save(key, QString(1001, QChar(0x00E9))));
    EXPECT_EQ(saved.error.code(), Error::Code::InvalidInput);
    EXPECT_EQ(keyringEntry(key), std::nullopt);
}

TEST_F(CredentialStoreTest, OversizeSaveKeepsThePreviousSecret)
{
    const QString key = uniqueKey();
    ASSERT_FALSE(outcomeOf(store.save(key, QStringLiteral("good-token"))).error);
    const QString tooLong(CredentialStore::MaxSecretBytes + 1, QLatin1Char('x'));
    EXPECT_TRUE(outcomeOf(store.save(key, tooLong)).error);
    EXPECT_EQ(outcomeOf(store.load(key)).secret, QStringLiteral("good-token"));
    outcomeOf(store.remove(key));
}

TEST_F(CredentialStoreTest, EmptySecretOrKeyIsRefused)
{
    const Outcome noSecret = outcomeOf(store.save(uniqueKey(), QString()));
    EXPECT_EQ(noSecret.error.code(), Error::Code::InvalidInput);
    EXPECT_FALSE(noSecret.error.detail().isEmpty());

    const Outcome noKey = outcomeOf(store.load(QString()));
    EXPECT_EQ(noKey.error.code(), Error::Code::InvalidInput);
}

TEST_F(CredentialStoreTest, UnicodeKeyAndSecretRoundTrip)
{
    const QString key = CredentialStore::keyFor(
        QUrl(QStringLiteral("https://pli.test/%1").arg(QCoreApplication::applicationPid())),
        QStringLiteral("zoë.ünïcødé-日本語-😀"), pli::ClientKind::Cli);
    const QString token = QStringLiteral("jeton-été-✓");

    ASSERT_FALSE(outcomeOf(store.save(key, token)).error);
    EXPECT_EQ(keyringEntry(key), token);
    const Outcome loaded = outcomeOf(store.load(key));
    EXPECT_TRUE(loaded.found);
    EXPECT_EQ(loaded.secret, token);
    ASSERT_FALSE(outcomeOf(store.remove(key)).error);
    EXPECT_EQ(keyringEntry(key), std::nullopt);
}

TEST_F(CredentialStoreTest, ResultArrivesAfterTheCallReturns)
{
    // Even a refusal found before any I/O is reported from the event loop, so a caller can
    // connect after save() returned.
    CredentialJob *job = store.save(uniqueKey(), QString());
    EXPECT_TRUE(job->isRunning());
    EXPECT_EQ(outcomeOf(job).error.code(), Error::Code::InvalidInput);
}

TEST_F(CredentialStoreTest, CancelledLoadFinishesAsCancelled)
{
    CredentialJob *job = store.load(uniqueKey());
    std::optional<Error> error;
    QObject::connect(job, &pli::Job::finished, [&error, job] { error = job->error(); });
    job->cancel();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code(), Error::Code::Cancelled);
    // QtKeychain runs its requests one after another: once this probe is answered, the
    // cancelled read has been too, and its late answer reached no deleted job.
    EXPECT_FALSE(outcomeOf(store.isAvailable()).error);
}

} // namespace
