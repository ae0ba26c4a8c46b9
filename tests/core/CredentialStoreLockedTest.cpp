// CredentialStore when the keyring is locked and nobody unlocks it: saving fails with
// KeychainUnavailable saying that the keychain is locked, and nothing is stored. Locking the
// keyring the other tests share would make them fail, so this test runs itself again inside a
// session of its own (scripts/with-test-session.sh, found from this source file) and locks that
// session's keyring.
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <optional>

using pli::CredentialJob;
using pli::CredentialStore;
using pli::Error;

namespace {

const char childVariable[] = "PLI_LOCKED_KEYRING_CHILD";

// Runs the current test again in a test session of its own, and expects it to pass there.
void runInOwnSession()
{
    // The source tree from CMake, not __FILE__: a compiler cache may make __FILE__ relative.
    const QString script =
        QStringLiteral(PLI_SOURCE_DIR) + QStringLiteral("/scripts/with-test-session.sh");
    ASSERT_TRUE(QFileInfo::exists(script)) << script.toStdString();
    const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
    const QString filter =
        QStringLiteral("--gtest_filter=%1.%2")
            .arg(QString::fromLatin1(test->test_suite_name()), QString::fromLatin1(test->name()));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("bash"), {script, QCoreApplication::applicationFilePath(), filter});
    ASSERT_TRUE(child.waitForFinished(120000)) << "the test session did not end";
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    // A filter that matched nothing would pass without testing anything.
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
}

bool lockLoginCollection()
{
    return QProcess::execute(
               QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")}) == 0;
}

Error errorOf(CredentialJob *job)
{
    std::optional<Error> error;
    QObject::connect(job, &pli::Job::finished, [&error, job] { error = job->error(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        << "the keychain job did not finish";
    return error.value_or(Error(Error::Code::Timeout));
}

TEST(CredentialStoreLockedTest, SaveIntoLockedKeyringFailsAsUnavailable)
{
    if (qEnvironmentVariableIsEmpty(childVariable)) {
        if (qEnvironmentVariableIsEmpty("PLI_TEST_SESSION"))
            GTEST_SKIP() << "needs the keyring tools of scripts/with-test-session.sh "
                            "(PLI_TEST_SESSION is not set)";
        runInOwnSession();
        return;
    }

    CredentialStore store;
    ASSERT_FALSE(errorOf(store.isAvailable()));
    ASSERT_TRUE(lockLoginCollection());

    const QString key = QStringLiteral("https://pli.test|alice");
    const Error error = errorOf(store.save(key, QStringLiteral("token-into-locked-keyring")));
    EXPECT_EQ(error.code(), Error::Code::KeychainUnavailable) << error.codeName().toStdString();
    EXPECT_TRUE(error.detail().contains(QStringLiteral("locked"))) << error.detail().toStdString();
    EXPECT_FALSE(error.message().isEmpty());

    // Listed even while locked (secrets aside): nothing may be there.
    QProcess search;
    search.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                  CredentialStore::service(), QStringLiteral("user"), key});
    ASSERT_TRUE(search.waitForFinished(20000));
    EXPECT_FALSE(search.readAllStandardOutput().contains("attribute.user"))
        << "a secret was stored although the keyring is locked";
}

} // namespace
