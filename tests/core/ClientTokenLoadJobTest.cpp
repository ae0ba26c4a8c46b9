// Each program's own refresh token (CredentialStore::loadClientToken) against the real
// gnome-keyring of scripts/with-test-session.sh, checked from outside with secret-tool: a
// program reads its own entry; the entry earlier versions shared between the desktop and
// pli-cli goes, once, to the first program that looks, and is gone for the other.
#include "keychain/ClientTokenLoadJob.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <optional>

using pli::ClientKind;
using pli::ClientTokenLoadJob;
using pli::CredentialStore;
using pli::Error;

namespace {

struct Loaded
{
    Error error;
    bool found = false;
    QString secret;
    bool tookOver = false;
};

Loaded loadedBy(ClientTokenLoadJob *job)
{
    std::optional<Loaded> loaded;
    QObject::connect(job, &pli::Job::finished, [&loaded, job] {
        loaded = Loaded{job->error(), job->found(), job->secret(), job->tookOverSharedEntry()};
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return loaded.has_value(); }, 20000))
        << "the keychain job did not finish";
    return loaded.value_or(Loaded{Error(Error::Code::Timeout), false, {}, false});
}

Error errorOf(pli::CredentialJob *job)
{
    std::optional<Error> error;
    QObject::connect(job, &pli::Job::finished, [&error, job] { error = job->error(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return error.has_value(); }, 20000));
    return error.value_or(Error(Error::Code::Timeout));
}

// What the keyring holds under `key`, as another program sees it; nullopt when nothing.
std::optional<QString> keyringEntry(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), CredentialStore::service(),
                QStringLiteral("user"), key});
    EXPECT_TRUE(tool.waitForFinished(20000));
    if (tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

class ClientTokenLoadJobTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("PLI_TEST_SESSION"))
            GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh "
                            "(PLI_TEST_SESSION is not set)";
    }

    void TearDown() override
    {
        for (const QString &key : {shared(), own(ClientKind::Desktop), own(ClientKind::Cli)})
            errorOf(store.remove(key));
    }

    // An account no other test process uses.
    QUrl server() const
    {
        const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
        return QUrl(QStringLiteral("https://pli.test/%1-%2")
                        .arg(QString::fromLatin1(test->name()))
                        .arg(QCoreApplication::applicationPid()));
    }
    QString shared() const { return CredentialStore::sharedKeyFor(server(), username); }
    QString own(ClientKind client) const
    {
        return CredentialStore::keyFor(server(), username, client);
    }
    Loaded load(ClientKind client)
    {
        return loadedBy(store.loadClientToken(server(), username, client));
    }

    const QString username = QStringLiteral("alice");
    CredentialStore store;
};

TEST_F(ClientTokenLoadJobTest, NoEntryAtAllIsNotFoundRatherThanAnError)
{
    const Loaded loaded = load(ClientKind::Desktop);
    EXPECT_FALSE(loaded.error);
    EXPECT_FALSE(loaded.found);
    EXPECT_TRUE(loaded.secret.isEmpty());
    EXPECT_FALSE(loaded.tookOver);
}

TEST_F(ClientTokenLoadJobTest, EachProgramReadsItsOwnEntry)
{
    ASSERT_FALSE(errorOf(store.save(own(ClientKind::Desktop), QStringLiteral("token-desktop"))));
    ASSERT_FALSE(errorOf(store.save(own(ClientKind::Cli), QStringLiteral("token-cli"))));

    const Loaded desktop = load(ClientKind::Desktop);
    ASSERT_FALSE(desktop.error);
    EXPECT_EQ(desktop.secret, QStringLiteral("token-desktop"));
    EXPECT_FALSE(desktop.tookOver);
    EXPECT_EQ(load(ClientKind::Cli).secret, QStringLiteral("token-cli"));
}

TEST_F(ClientTokenLoadJobTest, TheSharedEntryGoesToTheFirstProgramThatLooksAndOnlyToIt)
{
    ASSERT_FALSE(errorOf(store.save(shared(), QStringLiteral("token-of-both"))));

    const Loaded cli = load(ClientKind::Cli);
    ASSERT_FALSE(cli.error) << cli.error.detail().toStdString();
    EXPECT_TRUE(cli.found);
    EXPECT_EQ(cli.secret, QStringLiteral("token-of-both"));
    EXPECT_TRUE(cli.tookOver);
    // Moved, as another program sees the keyring: under pli-cli's key, no longer shared.
    EXPECT_EQ(keyringEntry(own(ClientKind::Cli)), QStringLiteral("token-of-both"));
    EXPECT_EQ(keyringEntry(shared()), std::nullopt);

    // The desktop finds nothing to present: it signs in once more, with a token of its own.
    const Loaded desktop = load(ClientKind::Desktop);
    EXPECT_FALSE(desktop.error);
    EXPECT_FALSE(desktop.found);
    EXPECT_EQ(keyringEntry(own(ClientKind::Desktop)), std::nullopt);

    // And pli-cli's next run reads its own entry.
    const Loaded again = load(ClientKind::Cli);
    EXPECT_EQ(again.secret, QStringLiteral("token-of-both"));
    EXPECT_FALSE(again.tookOver);
}

TEST_F(ClientTokenLoadJobTest, AProgramWithItsOwnEntryLeavesTheSharedOneToTheOther)
{
    ASSERT_FALSE(errorOf(store.save(own(ClientKind::Desktop), QStringLiteral("token-desktop"))));
    ASSERT_FALSE(errorOf(store.save(shared(), QStringLiteral("token-of-both"))));

    EXPECT_EQ(load(ClientKind::Desktop).secret, QStringLiteral("token-desktop"));
    EXPECT_EQ(keyringEntry(shared()), QStringLiteral("token-of-both"));
}

TEST_F(ClientTokenLoadJobTest, CancelledBeforeAnAnswerFinishesAsCancelled)
{
    ASSERT_FALSE(errorOf(store.save(shared(), QStringLiteral("token-of-both"))));
    ClientTokenLoadJob *job = store.loadClientToken(server(), username, ClientKind::Desktop);
    std::optional<Error> error;
    QObject::connect(job, &pli::Job::finished, [&error, job] { error = job->error(); });
    job->cancel();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code(), Error::Code::Cancelled);
    // Nothing was moved: the shared entry waits for the next look.
    EXPECT_FALSE(errorOf(store.isAvailable()));
    EXPECT_EQ(keyringEntry(shared()), QStringLiteral("token-of-both"));
}

} // namespace
