// AuthSession::unlockAccount against the real pli-server: the e-mailed unlock link of a locked
// account lets its owner sign in again, once.
#include "AuthSessionFixture.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;

TEST(AuthSession, TheUnlockLinkLiftsTheLockOnce)
{
    TestServer server({"--max-failed-logins", "2"});
    SignInFlow flow(server);
    flow.addEnrolledUser("uma");
    Session s(server);
    for (int i = 0; i < 2; ++i) {
        s.auth.signIn(QStringLiteral("uma"), QStringLiteral("wrong-password-%1").arg(i));
        ASSERT_TRUE(s.waitFor(State::Failed));
    }
    s.auth.signIn(QStringLiteral("uma"), kPassword);
    ASSERT_TRUE(s.waitFor(State::Locked));
    const auto token = flow.mailedToken("uma@example.test");
    ASSERT_TRUE(token.has_value());

    QSignalSpy unlocked(&s.auth, &AuthSession::accountUnlocked);
    s.auth.unlockAccount(QStringLiteral(" %1 ").arg(QString::fromStdString(*token)));
    ASSERT_TRUE(unlocked.wait(10000));
    EXPECT_EQ(s.auth.state(), State::Locked); // a side request: the state is left alone
    s.auth.signIn(QStringLiteral("uma"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));

    const qsizetype errorsBefore = s.errors.size();
    s.auth.unlockAccount(QString::fromStdString(*token));
    ASSERT_TRUE(waitUntil([&] { return s.errors.size() > errorsBefore; }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidToken);
    EXPECT_EQ(unlocked.count(), 1);
}
