// AuthSession on first access and around passwords, against the real pli-server: enrolling
// the authenticator, forced and expired password changes, reset by e-mail, invitations.
#include "AuthSessionFixture.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;

TEST(AuthSession, FirstAccessEnrolsTheAuthenticator)
{
    TestServer server;
    const std::string userId = server.addUser("gina", "participant", SignInFlow::kPassword);
    Session s(server);
    s.auth.signIn(QStringLiteral("gina"), kPassword);
    ASSERT_TRUE(s.waitFor(State::TotpEnrollmentRequired));
    EXPECT_TRUE(s.auth.otpauthUri().startsWith(QStringLiteral("otpauth://totp/")));
    EXPECT_TRUE(s.auth.otpauthUri().contains(s.auth.totpSecret()));
    EXPECT_GT(s.auth.enrollmentExpiresAt(), QDateTime::currentDateTimeUtc());

    s.auth.enrollTotp(QStringLiteral("123456"), QString()); // the device must be named
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);
    EXPECT_EQ(s.auth.state(), State::TotpEnrollmentRequired);

    const std::string code =
        server::totp::codeAt(s.auth.totpSecret().toStdString(), server::nowSeconds());
    s.auth.enrollTotp(QString::fromStdString(code), QStringLiteral("Gina's phone"));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    EXPECT_TRUE(s.auth.totpSecret().isEmpty()); // wiped once signed in
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT totp_device_name FROM users WHERE id = ?", userId);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "Gina's phone");
}

TEST(AuthSession, ExpiredEnrolmentRestartsWithoutAskingThePasswordAgain)
{
    TestServer server({"--enrollment-ttl", "2"});
    server.addUser("hugo", "participant", SignInFlow::kPassword);
    Session s(server);
    s.auth.signIn(QStringLiteral("hugo"), kPassword);
    ASSERT_TRUE(s.waitFor(State::TotpEnrollmentRequired));
    const QString firstSecret = s.auth.totpSecret();
    const QDateTime expires = s.auth.enrollmentExpiresAt();
    // "The set-up must be quick": let it expire.
    ASSERT_TRUE(
        waitUntil([&] { return QDateTime::currentDateTimeUtc() > expires.addSecs(1); }, 6000));

    const std::string late = server::totp::codeAt(firstSecret.toStdString(), server::nowSeconds());
    s.auth.enrollTotp(QString::fromStdString(late), QStringLiteral("laptop"));
    ASSERT_TRUE(waitUntil([&] {
        return s.auth.state() == State::TotpEnrollmentRequired &&
               s.auth.totpSecret() != firstSecret;
    }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::ChallengeExpired);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/login"), 2); // restarted by itself

    const std::string code =
        server::totp::codeAt(s.auth.totpSecret().toStdString(), server::nowSeconds());
    s.auth.enrollTotp(QString::fromStdString(code), QStringLiteral("laptop"));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
}

TEST(AuthSession, ForcedPasswordChangeChecksThePolicyFirst)
{
    TestServer server;
    SignInFlow flow(server);
    mustChangePassword(server, flow.addEnrolledUser("iris"));
    Session s(server);
    s.auth.signIn(QStringLiteral("iris"), kPassword);
    ASSERT_TRUE(s.waitFor(State::PasswordChangeRequired));
    const PasswordPolicy policy = s.auth.passwordPolicy();
    EXPECT_EQ(policy.minLength(), 14);
    EXPECT_EQ(s.auth.unmetPasswordRules(QStringLiteral("short")),
              (QStringList{QStringLiteral("min_length"), QStringLiteral("upper"),
                           QStringLiteral("digit_or_symbol")}));
    EXPECT_EQ(s.auth.unmetPasswordRules(QStringLiteral("My-Name-Is-Iris-1")),
              QStringList{QStringLiteral("not_username")});

    // Refused locally: no request.
    s.auth.changePassword(QStringLiteral("short"));
    EXPECT_EQ(s.auth.state(), State::PasswordChangeRequired);
    ASSERT_FALSE(s.errors.isEmpty());
    EXPECT_EQ(s.errors.last().code(), Error::Code::PasswordPolicy);
    EXPECT_EQ(s.errors.last().unmetRules().size(), 3);
    EXPECT_TRUE(s.errors.last().message().contains(QStringLiteral("14")));
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/password"), 0);

    // Only the server knows the current password: its 422 keeps the step open.
    s.auth.changePassword(kPassword);
    ASSERT_TRUE(waitUntil([&] { return s.errors.size() == 2; }));
    EXPECT_EQ(s.auth.state(), State::PasswordChangeRequired);
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::PasswordPolicy);
    EXPECT_EQ(s.auth.lastError().httpStatus(), 422);
    EXPECT_EQ(s.auth.lastError().unmetRules(), QStringList{QStringLiteral("not_current")});

    s.auth.changePassword(kNewPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "iris")));
    ASSERT_TRUE(s.waitFor(State::SignedIn));

    // The new password is the one that works now.
    Session again(server);
    again.auth.signIn(QStringLiteral("iris"), kNewPassword);
    ASSERT_TRUE(again.waitFor(State::SecondFactorRequired));
}

TEST(AuthSession, ExpiredPasswordChangeRestartsWithTheOldPassword)
{
    TestServer server({"--challenge-ttl", "2"});
    SignInFlow flow(server);
    mustChangePassword(server, flow.addEnrolledUser("jack"));
    Session s(server);
    s.auth.signIn(QStringLiteral("jack"), kPassword);
    ASSERT_TRUE(s.waitFor(State::PasswordChangeRequired));
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE challenges SET expires_at = 0");
    }
    s.auth.changePassword(kNewPassword);
    ASSERT_TRUE(waitUntil(
        [&] { return !s.errors.isEmpty() && s.auth.state() == State::PasswordChangeRequired; }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::ChallengeExpired);
    s.auth.changePassword(kNewPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
}

TEST(AuthSession, PasswordResetByEmail)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("sara");
    Session s(server);
    QSignalSpy requested(&s.auth, &AuthSession::passwordResetRequested);
    QSignalSpy set(&s.auth, &AuthSession::passwordSet);

    s.auth.requestPasswordReset(QStringLiteral("sara"));
    ASSERT_TRUE(requested.wait(10000));
    s.auth.requestPasswordReset(QStringLiteral("nobody-at-all")); // same answer
    ASSERT_TRUE(requested.wait(10000));
    EXPECT_EQ(s.auth.state(), State::Idle); // side requests leave the state alone
    const auto token = flow.mailedToken("sara@example.test");
    ASSERT_TRUE(token.has_value());

    s.auth.confirmPasswordReset(QString::fromStdString(*token), QStringLiteral("weak"));
    ASSERT_TRUE(waitUntil([&] { return !s.errors.isEmpty(); }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::PasswordPolicy);
    EXPECT_TRUE(s.errors.last().unmetRules().contains(QStringLiteral("min_length")));

    s.auth.confirmPasswordReset(QString::fromStdString(*token), kNewPassword);
    ASSERT_TRUE(set.wait(10000));
    s.auth.confirmPasswordReset(QString::fromStdString(*token), kNewPassword);
    ASSERT_TRUE(waitUntil([&] { return s.errors.size() == 2; }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidToken);

    s.auth.signIn(QStringLiteral("sara"), kNewPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
}

TEST(AuthSession, AcceptsAnInvitationThenEnrols)
{
    TestServer server;
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "add", "tina", "--display-name", "Tina", "--email",
                               "tina@example.test"}),
              0);
    ASSERT_EQ(server.runAdmin({"user", "invite", "tina"}, &out), 0);
    const auto token = SignInFlow(server).mailedToken("tina@example.test");
    ASSERT_TRUE(token.has_value()) << out;

    Session s(server);
    QSignalSpy set(&s.auth, &AuthSession::passwordSet);
    s.auth.acceptInvitation(QString::fromStdString(*token), kNewPassword);
    ASSERT_TRUE(set.wait(10000));
    s.auth.signIn(QStringLiteral("tina"), kNewPassword);
    ASSERT_TRUE(s.waitFor(State::TotpEnrollmentRequired));

    s.auth.acceptInvitation(QString::fromStdString(*token), kNewPassword); // used already
    ASSERT_TRUE(waitUntil([&] { return !s.errors.isEmpty(); }));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidToken);
}
