// CredentialStore on a computer with no keychain at all: no D-Bus session bus, so no Secret
// Service. Every operation must fail with KeychainUnavailable and a message, a read must not
// pass for "no entry", and nothing may be written in plain text instead: the test points HOME
// and the XDG directories at an empty temporary tree and checks that it stays empty. Needs no
// test session; runs anywhere.
#include "accounts/AccountStore.h"
#include "accounts/RestorableAccountsJob.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using pli::CredentialJob;
using pli::CredentialStore;
using pli::Error;

namespace {

const QString secretValue = QStringLiteral("refresh-token-that-must-not-land-on-disk");

// Waits for a job's `finished` (it deletes itself afterwards) and keeps its error.
template<typename JobType, typename Read> auto resultOf(JobType *job, Read read)
{
    std::optional<decltype(read(job))> result;
    QObject::connect(job, &pli::Job::finished, [&result, job, read] { result = read(job); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        << "the job did not finish";
    return result.value_or(decltype(read(job)){});
}

Error errorOf(CredentialJob *job)
{
    return resultOf(job, [](CredentialJob *j) { return j->error(); });
}

void expectUnavailable(const Error &error)
{
    EXPECT_EQ(error.code(), Error::Code::KeychainUnavailable) << error.codeName().toStdString();
    EXPECT_FALSE(error.message().isEmpty());
    EXPECT_FALSE(error.detail().isEmpty());
}

class CredentialStoreNoBusTest : public ::testing::Test
{
public:
    // Before the first QtKeychain call of the process: both QtKeychain (its backend choice) and
    // GLib (the session bus address) look at the environment once.
    static void SetUpTestSuite()
    {
        s_root = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_root->isValid());
        const QString home = s_root->filePath(QStringLiteral("home"));
        const QString runtime = s_root->filePath(QStringLiteral("runtime"));
        ASSERT_TRUE(QDir().mkpath(home));
        ASSERT_TRUE(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        qputenv("HOME", home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toUtf8());
        qputenv("XDG_STATE_HOME", (home + QStringLiteral("/.local/state")).toUtf8());
        // An empty runtime directory: no "bus" socket for GLib to fall back on.
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        // No bus address and no X display, so GLib cannot autolaunch a bus either; no desktop
        // hints, so QtKeychain does not go looking for KWallet.
        for (const char *name :
             {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
              "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION",
              "KDE_SESSION_VERSION", "GNOME_KEYRING_CONTROL"})
            qunsetenv(name);
    }

    static void TearDownTestSuite() { s_root.reset(); }

protected:
    void TearDown() override
    {
        QStringList written;
        QDirIterator it(s_root->path(),
                        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path != s_root->filePath(QStringLiteral("home")) &&
                path != s_root->filePath(QStringLiteral("runtime")))
                written.append(path);
        }
        EXPECT_TRUE(written.isEmpty()) << "written under the temporary home: "
                                       << written.join(QStringLiteral(", ")).toStdString();
    }

    QString key() const { return QStringLiteral("https://pli.test|alice"); }

    static std::unique_ptr<QTemporaryDir> s_root;
    CredentialStore store;
};

std::unique_ptr<QTemporaryDir> CredentialStoreNoBusTest::s_root;

TEST_F(CredentialStoreNoBusTest, SaveFailsAsUnavailableAndWritesNothing)
{
    expectUnavailable(errorOf(store.save(key(), secretValue)));
}

TEST_F(CredentialStoreNoBusTest, LoadFailsAsUnavailableNotAsMissingEntry)
{
    CredentialJob *job = store.load(key());
    const auto [error, found] = resultOf(
        job, [](CredentialJob *j) { return std::pair<Error, bool>(j->error(), j->found()); });
    expectUnavailable(error);
    EXPECT_FALSE(found);
}

TEST_F(CredentialStoreNoBusTest, RemoveFailsAsUnavailable)
{
    expectUnavailable(errorOf(store.remove(key())));
}

TEST_F(CredentialStoreNoBusTest, ProbeSaysUnavailable)
{
    expectUnavailable(errorOf(store.isAvailable()));
}

TEST_F(CredentialStoreNoBusTest, NoAccountIsRestoredAndTheReasonIsGiven)
{
    // The settings live outside the watched tree: only the keychain's writes matter here.
    QTemporaryDir settingsDir;
    pli::AccountStore accounts(settingsDir.filePath(QStringLiteral("pli.ini")));
    pli::Account account;
    account.server = QUrl(QStringLiteral("https://pli.test"));
    account.username = QStringLiteral("alice");
    account.staySignedIn = true;
    ASSERT_FALSE(accounts.add(account));

    pli::RestorableAccountsJob *job = accounts.restorableAccounts(store, pli::ClientKind::Desktop);
    const auto [error, restorable] = resultOf(job, [](pli::RestorableAccountsJob *j) {
        return std::pair<Error, qsizetype>(j->error(), j->accounts().size());
    });
    expectUnavailable(error);
    EXPECT_EQ(restorable, 0);
}

} // namespace
