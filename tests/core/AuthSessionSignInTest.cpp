// AuthSession signing in against the real pli-server: password and second factor (TOTP or
// an e-mailed code), and every refusal on the way (wrong, empty, locked, rate-limited).
#include "AuthSessionFixture.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;

TEST(AuthSession, SignsInWithPasswordAndTotp)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("alice");
    Session s(server);
    QSignalSpy signedIn(&s.auth, &AuthSession::signedIn);
    EXPECT_EQ(s.auth.state(), State::Idle);

    s.auth.signIn(QStringLiteral("alice"), kPassword, QStringLiteral("test laptop"));
    EXPECT_EQ(s.auth.state(), State::SigningIn);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    EXPECT_EQ(s.auth.secondFactorMethods(),
              (QStringList{QStringLiteral("totp"), QStringLiteral("email")}));

    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "alice")));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    EXPECT_EQ(signedIn.count(), 1);
    EXPECT_TRUE(s.api.hasSession());
    EXPECT_EQ(s.states, (QList<State>{State::SigningIn, State::SecondFactorRequired,
                                      State::SigningIn, State::SignedIn}));
    EXPECT_TRUE(s.errors.isEmpty());
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT device_name FROM refresh_tokens");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "test laptop");
}

TEST(AuthSession, WrongPasswordOrUnknownUserFailsTheSameWay)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("bob");
    Session s(server);
    s.auth.signIn(QStringLiteral("bob"), QStringLiteral("wrong password"));
    ASSERT_TRUE(s.waitFor(State::Failed));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::InvalidCredentials);
    ASSERT_EQ(s.errors.size(), 1);

    s.auth.signIn(QStringLiteral("nobody"), kPassword);
    ASSERT_TRUE(waitUntil([&] { return s.errors.size() == 2; }));
    EXPECT_EQ(s.auth.state(), State::Failed);
    EXPECT_EQ(s.errors.at(1).code(), Error::Code::InvalidCredentials);
    EXPECT_EQ(s.errors.at(1).message(), s.errors.at(0).message());
}

TEST(AuthSession, EmptyCredentialsAreRefusedWithoutARequest)
{
    RawHttpServer raw; // would record any request
    Session s(raw.url());
    s.auth.signIn(QStringLiteral("  "), kPassword);
    s.auth.signIn(QStringLiteral("alice"), QString());
    EXPECT_EQ(s.auth.state(), State::Idle);
    ASSERT_EQ(s.errors.size(), 2);
    EXPECT_EQ(s.errors.at(0).code(), Error::Code::InvalidInput);
    QCoreApplication::processEvents();
    EXPECT_EQ(raw.connectionCount(), 0);
}

TEST(AuthSession, LockedAfterTooManyFailures)
{
    TestServer server({"--max-failed-logins", "2"});
    SignInFlow(server).addEnrolledUser("carol");
    Session s(server);
    for (int i = 0; i < 2; ++i) {
        s.auth.signIn(QStringLiteral("carol"), QStringLiteral("not it"));
        ASSERT_TRUE(waitUntil([&] { return s.errors.size() == i + 1; }));
        EXPECT_EQ(s.auth.state(), State::Failed);
    }
    s.auth.signIn(QStringLiteral("carol"), kPassword); // even the right password
    ASSERT_TRUE(s.waitFor(State::Locked));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::AccountLocked);
    EXPECT_EQ(s.auth.lastError().httpStatus(), 423);
    EXPECT_FALSE(s.auth.lastError().message().isEmpty());

    // Once unlocked (the e-mailed link, here the administrator), signing in works again.
    ASSERT_EQ(server.runAdmin({"user", "unlock", "carol"}), 0);
    s.auth.signIn(QStringLiteral("carol"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
}

TEST(AuthSession, RateLimitedWithTheWaitAndNoHammering)
{
    TestServer server({"--login-rate", "2"});
    SignInFlow(server).addEnrolledUser("dave");
    Session s(server);
    for (int i = 0; i < 2; ++i) {
        s.auth.signIn(QStringLiteral("dave"), QStringLiteral("nope"));
        ASSERT_TRUE(waitUntil([&] { return s.errors.size() == i + 1; }));
    }
    s.auth.signIn(QStringLiteral("dave"), kPassword);
    ASSERT_TRUE(s.waitFor(State::RateLimited));
    const Error limited = s.auth.lastError();
    EXPECT_EQ(limited.code(), Error::Code::RateLimited);
    EXPECT_GT(limited.retryAfterSeconds(), 0);
    EXPECT_GT(s.auth.retryAfterSeconds(), 0);
    EXPECT_LE(s.auth.retryAfterSeconds(), 60);
    EXPECT_TRUE(limited.message().contains(QString::number(limited.retryAfterSeconds())));

    // Trying again during the wait is answered locally.
    const int requests = countInLog(server, "POST /api/v1/auth/login");
    s.auth.signIn(QStringLiteral("dave"), kPassword);
    EXPECT_EQ(s.auth.state(), State::RateLimited);
    EXPECT_EQ(s.errors.last().code(), Error::Code::RateLimited);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/login"), requests);
}

TEST(AuthSession, SignsInWithAnEmailedCodeAndEnforcesTheCooldown)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("erin");
    Session s(server);
    QSignalSpy sent(&s.auth, &AuthSession::emailCodeSent);
    QList<int> ticks;
    QObject::connect(&s.auth, &AuthSession::emailCodeCooldownChanged,
                     [&](int seconds) { ticks.append(seconds); });
    s.auth.signIn(QStringLiteral("erin"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    EXPECT_EQ(s.auth.emailCodeCooldownRemaining(), 0);

    s.auth.requestEmailCode();
    EXPECT_EQ(s.auth.emailCodeCooldownRemaining(), 30); // counted from the request
    ASSERT_TRUE(sent.wait(10000));
    // The count-down ticks once a second.
    ASSERT_TRUE(waitUntil([&] { return ticks.size() >= 3; }, 5000));
    EXPECT_EQ(ticks.at(0), 30);
    EXPECT_EQ(ticks.at(1), 29);
    EXPECT_EQ(ticks.at(2), 28);

    s.auth.requestEmailCode(); // too soon: refused here, not sent
    EXPECT_EQ(s.errors.last().code(), Error::Code::RateLimited);
    EXPECT_GT(s.errors.last().retryAfterSeconds(), 20);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/email-code"), 1);

    const auto code = flow.mailedCode("erin@example.test");
    ASSERT_TRUE(code.has_value());
    s.auth.submitEmailCode(QString::fromStdString(*code));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    EXPECT_EQ(s.auth.emailCodeCooldownRemaining(), 0); // forgotten with the sign-in
    EXPECT_EQ(ticks.last(), 0);
}

TEST(AuthSession, WrongCodeKeepsTheStepWithAttemptsLeftThenEndsIt)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("fred");
    Session s(server);
    s.auth.signIn(QStringLiteral("fred"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));

    for (int attempt = 1; attempt <= 4; ++attempt) {
        s.auth.submitTotpCode(QStringLiteral("000000"));
        ASSERT_TRUE(waitUntil([&] { return s.errors.size() == attempt; }));
        EXPECT_EQ(s.auth.state(), State::SecondFactorRequired);
        EXPECT_EQ(s.auth.lastError().code(), Error::Code::InvalidCode);
        EXPECT_EQ(s.auth.lastError().attemptsRemaining(), 5 - attempt);
        EXPECT_TRUE(s.auth.lastError().message().contains(QString::number(5 - attempt)));
    }
    s.auth.submitTotpCode(QStringLiteral("000000"));
    ASSERT_TRUE(s.waitFor(State::Failed));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::TooManyAttempts);
    // The step is over: codes are refused locally now.
    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "fred")));
    EXPECT_EQ(s.auth.state(), State::Failed);
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);
}

TEST(AuthSession, NetworkFailureDuringASecondFactorKeepsTheStep)
{
    auto server = std::make_unique<TestServer>();
    SignInFlow(*server).addEnrolledUser("ruth");
    Session s(*server);
    s.auth.signIn(QStringLiteral("ruth"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.api.network()->clearConnectionCache(); // else the server waits for the idle connection
    server.reset();                          // the server goes away
    s.auth.submitTotpCode(QStringLiteral("123456"));
    ASSERT_TRUE(waitUntil([&] { return !s.errors.isEmpty(); }));
    EXPECT_EQ(s.auth.state(), State::SecondFactorRequired);
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::Network);
}
