// Participants without an authenticator app (issue 10, seed 000): AuthSession's passwordless
// sign-in (the address, then the code e-mailed to it) and the e-mail-only users who give a
// password then an e-mailed code, against the real pli-server and its outbox.
#include "AuthSessionFixture.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;

namespace {

const QString kGuest = QStringLiteral("guest@example.test");
const QStringList kEmailOnly{QStringLiteral("email")};

// A user made the way administrators do: `pli-server user add NAME … EXTRA`.
void addUser(TestServer &server, const std::string &username, std::vector<std::string> extra)
{
    std::vector<std::string> args{
        "user", "add", username, "--display-name", username, "--email", username + "@example.test"};
    args.insert(args.end(), extra.begin(), extra.end());
    ASSERT_EQ(server.runAdmin(args), 0);
}

} // namespace

TEST(AuthSession, PasswordlessSignInAsksOnlyTheMailedCode)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    Session s(server);
    QSignalSpy sent(&s.auth, &AuthSession::emailCodeSent);
    s.auth.signInWithEmailCode(kGuest, QStringLiteral("Guest laptop"));
    EXPECT_EQ(s.auth.state(), State::SigningIn);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    EXPECT_TRUE(s.auth.isPasswordless());
    EXPECT_EQ(s.auth.secondFactorMethods(), kEmailOnly);
    EXPECT_TRUE(s.auth.isEmailCodeSent());
    EXPECT_EQ(sent.count(), 1); // with the answer: nothing to ask for
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/email-code"), 0);
    // The wait before another code counts from the server's resend_after.
    EXPECT_GT(s.auth.emailCodeCooldownRemaining(), 25);
    EXPECT_LE(s.auth.emailCodeCooldownRemaining(), 30);
    s.auth.requestEmailCode(); // too soon: refused here, not asked
    EXPECT_EQ(s.errors.last().code(), Error::Code::RateLimited);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/email-code"), 0);
    // No authenticator here: a TOTP code is refused without a request.
    s.auth.submitTotpCode(QStringLiteral("123456"));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);
    EXPECT_EQ(s.auth.state(), State::SecondFactorRequired);

    const auto code = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(code.has_value());
    s.auth.submitEmailCode(QString::fromStdString(*code));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    EXPECT_TRUE(s.api.hasSession());
    EXPECT_EQ(s.auth.username(), kGuest);
    EXPECT_FALSE(s.states.contains(State::TotpEnrollmentRequired));
    auto me = waitFor(s.api.getMe());
    EXPECT_TRUE(me->isSuccess()) << me->error().message().toStdString();
}

TEST(AuthSession, PasswordlessSignInOfAnUnknownAddressLooksTheSameUntilTheCodeIsRefused)
{
    TestServer server;
    addUser(server, "guest", {"--passwordless"});
    const auto mails = server.outbox().size();
    Session known(server);
    Session unknown(server);
    known.auth.signInWithEmailCode(kGuest);
    unknown.auth.signInWithEmailCode(QStringLiteral("nobody@example.test"));
    ASSERT_TRUE(known.waitFor(State::SecondFactorRequired));
    ASSERT_TRUE(unknown.waitFor(State::SecondFactorRequired));
    EXPECT_EQ(unknown.states, known.states);
    EXPECT_EQ(unknown.auth.secondFactorMethods(), known.auth.secondFactorMethods());
    EXPECT_EQ(unknown.auth.isEmailCodeSent(), known.auth.isEmailCodeSent());
    EXPECT_NEAR(unknown.auth.emailCodeCooldownRemaining(), known.auth.emailCodeCooldownRemaining(),
                1);
    EXPECT_EQ(server.outbox().size(), mails + 1) << "only the real account gets a mail";

    known.auth.submitEmailCode(QStringLiteral("000000"));
    unknown.auth.submitEmailCode(QStringLiteral("000000"));
    ASSERT_TRUE(waitUntil([&] { return !known.errors.isEmpty() && !unknown.errors.isEmpty(); }));
    EXPECT_EQ(unknown.auth.state(), State::SecondFactorRequired);
    EXPECT_EQ(unknown.auth.lastError().code(), Error::Code::InvalidCode);
    EXPECT_EQ(unknown.auth.lastError().code(), known.auth.lastError().code());
    EXPECT_EQ(unknown.auth.lastError().attemptsRemaining(),
              known.auth.lastError().attemptsRemaining());
    EXPECT_EQ(unknown.auth.lastError().message(), known.auth.lastError().message());
}

TEST(AuthSession, WrongMailedCodesTellTheAttemptsLeftThenEndTheStep)
{
    TestServer server;
    addUser(server, "guest", {"--passwordless"});
    Session s(server);
    s.auth.signInWithEmailCode(QStringLiteral("guest"));
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        s.auth.submitEmailCode(QStringLiteral("000000"));
        ASSERT_TRUE(waitUntil([&] { return s.errors.size() == attempt; }));
        EXPECT_EQ(s.auth.state(), State::SecondFactorRequired);
        EXPECT_EQ(s.auth.lastError().code(), Error::Code::InvalidCode);
        EXPECT_EQ(s.auth.lastError().attemptsRemaining(), 5 - attempt);
        EXPECT_TRUE(s.auth.lastError().message().contains(QString::number(5 - attempt)));
    }
    s.auth.submitEmailCode(QStringLiteral("000000"));
    ASSERT_TRUE(waitUntil(
        [&] { return s.auth.state() == State::Failed || s.auth.state() == State::Locked; }));
    EXPECT_TRUE(s.auth.lastError().code() == Error::Code::TooManyAttempts ||
                s.auth.lastError().code() == Error::Code::AccountLocked)
        << s.auth.lastError().codeName().toStdString();
    // The account reached its limit: a new passwordless sign-in says it is locked.
    s.auth.signInWithEmailCode(QStringLiteral("guest"));
    ASSERT_TRUE(s.waitFor(State::Locked));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::AccountLocked);
}

TEST(AuthSession, MailedCodeCooldownStartsFromResendAfterAndAnotherCodeFollowsIt)
{
    TestServer server({"--email-code-interval", "3"});
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    Session first(server);
    first.auth.signInWithEmailCode(kGuest);
    ASSERT_TRUE(first.waitFor(State::SecondFactorRequired));
    EXPECT_TRUE(first.auth.isEmailCodeSent());
    EXPECT_GT(first.auth.emailCodeCooldownRemaining(), 0);
    EXPECT_LE(first.auth.emailCodeCooldownRemaining(), 3);

    // A second sign-in during the wait: no new mail, and the same wait.
    const auto mails = server.outbox().size();
    Session second(server);
    QSignalSpy sent(&second.auth, &AuthSession::emailCodeSent);
    second.auth.signInWithEmailCode(kGuest);
    ASSERT_TRUE(second.waitFor(State::SecondFactorRequired));
    EXPECT_FALSE(second.auth.isEmailCodeSent());
    EXPECT_EQ(sent.count(), 0);
    EXPECT_GT(second.auth.emailCodeCooldownRemaining(), 0);
    EXPECT_LE(second.auth.emailCodeCooldownRemaining(), 3);
    EXPECT_EQ(server.outbox().size(), mails);

    // Once it is over, a new code is asked for and signs in.
    ASSERT_TRUE(waitUntil([&] { return second.auth.emailCodeCooldownRemaining() == 0; }, 6000));
    second.auth.requestEmailCode();
    ASSERT_TRUE(sent.wait(10000));
    EXPECT_TRUE(second.auth.isEmailCodeSent());
    EXPECT_EQ(server.outbox().size(), mails + 1);
    const auto code = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(code.has_value());
    second.auth.submitEmailCode(QString::fromStdString(*code));
    ASSERT_TRUE(second.waitFor(State::SignedIn));
}

TEST(AuthSession, ExpiredPasswordlessStepStartsAgainWithANewCode)
{
    TestServer server({"--challenge-ttl", "2", "--email-code-interval", "1"});
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    Session s(server);
    s.auth.signInWithEmailCode(kGuest);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    const auto stale = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(stale.has_value());
    QTest::qWait(3000); // the step expires
    s.auth.submitEmailCode(QString::fromStdString(*stale));
    ASSERT_TRUE(waitUntil([&] { return !s.errors.isEmpty(); }));
    EXPECT_EQ(s.errors.first().code(), Error::Code::ChallengeExpired);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/email-sign-in"), 2);
    const auto fresh = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(fresh.has_value());
    s.auth.submitEmailCode(QString::fromStdString(*fresh));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
}

TEST(AuthSession, EmailOnlyUserAfterThePasswordIsNeverOfferedAnAuthenticator)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "eve", {"--password", SignInFlow::kPassword, "--second-factor", "email"});
    Session s(server);
    QSignalSpy sent(&s.auth, &AuthSession::emailCodeSent);
    s.auth.signIn(QStringLiteral("eve"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    EXPECT_FALSE(s.auth.isPasswordless());
    EXPECT_EQ(s.auth.secondFactorMethods(), kEmailOnly);
    EXPECT_TRUE(s.auth.isEmailCodeSent());
    EXPECT_EQ(sent.count(), 1);
    EXPECT_GT(s.auth.emailCodeCooldownRemaining(), 0);
    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "eve")));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);

    const auto code = flow.mailedCode("eve@example.test");
    ASSERT_TRUE(code.has_value());
    s.auth.submitEmailCode(QString::fromStdString(*code));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    EXPECT_FALSE(s.states.contains(State::TotpEnrollmentRequired));
}

TEST(AuthSession, PasswordlessSignInNeedsAnAddress)
{
    TestServer server;
    Session s(server);
    s.auth.signInWithEmailCode(QStringLiteral("  "));
    EXPECT_EQ(s.auth.state(), State::Idle);
    ASSERT_EQ(s.errors.size(), 1);
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/email-sign-in"), 0);
}
