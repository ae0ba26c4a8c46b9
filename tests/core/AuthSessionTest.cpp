// AuthSession: every transition of the sign-in state machine against the real pli-server
// (and a scripted raw server for broken answers), driven the way the UI and the CLI drive it.
#include "JobWait.h"
#include "RawHttpServer.h"
#include "SignInFlow.h"
#include "SignedInApi.h"
#include "TestServer.h"
#include "Totp.h"

#include "api/GetMeJob.h"
#include "auth/AuthSession.h"
#include "auth/RefreshJob.h"
#include "net/ApiClient.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace pli;
using namespace pli::test;
using State = AuthSession::State;

namespace {

const QString kPassword = QString::fromLatin1(SignInFlow::kPassword);
const QString kNewPassword = QStringLiteral("Brand-New-Passphrase-42");

int countInLog(const TestServer &server, const std::string &needle)
{
    const std::string log = server.log();
    int count = 0;
    for (size_t at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
        ++count;
    return count;
}

// One account's client and sign-in state machine on a server, with the states it went through.
struct Session
{
    explicit Session(const QUrl &url)
        : api(url)
        , auth(&api)
    {
        QObject::connect(&auth, &AuthSession::stateChanged,
                         [this](State state) { states.append(state); });
        QObject::connect(&auth, &AuthSession::error,
                         [this](const Error &error) { errors.append(error); });
    }
    explicit Session(const TestServer &server)
        : Session(urlOf(server))
    {}

    // Waits until the session reaches `state` (or any state but SigningIn when not given).
    bool waitFor(State state, int timeoutMs = 20000)
    {
        return waitUntil([&] { return auth.state() == state; }, timeoutMs);
    }
    bool settle(int timeoutMs = 20000)
    {
        return waitUntil([&] { return auth.state() != State::SigningIn; }, timeoutMs);
    }

    ApiClient api;
    AuthSession auth;
    QList<State> states;
    QList<Error> errors;
};

std::string freshCode(TestServer &server, const std::string &username)
{
    return SignInFlow(server).freshTotpCode(username).value_or("000000");
}

// A user whose account asks for a new password at the next sign-in.
void mustChangePassword(TestServer &server, const std::string &userId)
{
    auto guard = server.db().lock();
    server.db().execute("UPDATE users SET password_must_change = 1 WHERE id = ?", userId);
}

} // namespace

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

TEST(AuthSession, SignOutRevokesTheSessionAndForgetsTheTokens)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("kate");
    Session s(server);
    s.auth.signIn(QStringLiteral("kate"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "kate")));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    const QString refresh = s.api.refreshToken();
    const QString access = s.api.accessToken();
    QSignalSpy refreshChanged(&s.api, &ApiClient::refreshTokenChanged);
    QSignalSpy signedOut(&s.auth, &AuthSession::signedOut);

    s.auth.signOut();
    ASSERT_TRUE(s.waitFor(State::SignedOut));
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(s.api.hasSession());
    ASSERT_EQ(refreshChanged.count(), 1);
    EXPECT_TRUE(refreshChanged.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/logout 204"), 1);

    // Neither token works any more.
    ApiClient other(urlOf(server));
    other.setSession(access, QString());
    auto me = waitFor(other.getMe());
    EXPECT_EQ(me->error().code(), Error::Code::Unauthorized);
    auto *refreshJob = new RefreshJob(&other, refresh);
    refreshJob->start();
    auto refreshed = waitFor(refreshJob);
    EXPECT_EQ(refreshed->error().httpStatus(), 401);
}

TEST(AuthSession, SignOutForgetsLocallyEvenWhenTheServerIsGone)
{
    auto server = std::make_unique<TestServer>();
    SignedInApi signedIn(*server, "vera");
    const QString remembered = signedIn.api->refreshToken();
    Session s(*server);
    s.auth.resumeWithRefreshToken(remembered);
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    s.api.network()->clearConnectionCache();
    server.reset();

    QSignalSpy signedOut(&s.auth, &AuthSession::signedOut);
    s.auth.signOut();
    ASSERT_TRUE(s.waitFor(State::SignedOut));
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(s.api.hasSession());
    // The user is told that the server could not be told.
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::Network);
}

TEST(AuthSession, SignOutAbandonsASignInInProgress)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("liam");
    Session s(server);
    s.auth.signIn(QStringLiteral("liam"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.auth.signOut();
    EXPECT_EQ(s.auth.state(), State::SignedOut);
    s.auth.submitTotpCode(QStringLiteral("123456"));
    EXPECT_EQ(s.errors.last().code(), Error::Code::InvalidInput);
}

TEST(AuthSession, ResumesSilentlyWithARememberedRefreshToken)
{
    TestServer server;
    SignedInApi first(server, "mia");
    const QString remembered = first.api->refreshToken();

    Session s(server);
    QSignalSpy refreshChanged(&s.api, &ApiClient::refreshTokenChanged);
    s.auth.resumeWithRefreshToken(remembered);
    EXPECT_EQ(s.auth.state(), State::SigningIn);
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    auto me = waitFor(s.api.getMe());
    EXPECT_TRUE(me->isSuccess());
    ASSERT_GE(refreshChanged.count(), 2); // set, then rotated: the new one must be kept
    EXPECT_NE(s.api.refreshToken(), remembered);

    // The rotated-away token is spent.
    Session stale(server);
    stale.auth.resumeWithRefreshToken(remembered);
    ASSERT_TRUE(stale.waitFor(State::Failed));
    EXPECT_EQ(stale.auth.lastError().code(), Error::Code::SessionExpired);
    EXPECT_FALSE(stale.api.hasSession());
}

TEST(AuthSession, SessionEndingWhileSignedInIsReported)
{
    TestServer server;
    SignInFlow(server).addEnrolledUser("nora");
    Session s(server);
    s.auth.signIn(QStringLiteral("nora"), kPassword);
    ASSERT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.auth.submitTotpCode(QString::fromStdString(freshCode(server, "nora")));
    ASSERT_TRUE(s.waitFor(State::SignedIn));
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE refresh_tokens SET revoked = 1");
    }
    expireAccessTokens(server);
    auto me = waitFor(s.api.getMe());
    EXPECT_EQ(me->error().code(), Error::Code::SessionExpired);
    ASSERT_TRUE(s.waitFor(State::Failed));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::SessionExpired);
}

TEST(AuthSession, InsecureServerAddressIsRefused)
{
    Session s(QUrl(QStringLiteral("http://pli.example.org")));
    s.auth.signIn(QStringLiteral("olga"), kPassword);
    ASSERT_TRUE(s.waitFor(State::Failed));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::InsecureConnection);
}

TEST(AuthSession, MalformedAnswersFailCleanly)
{
    for (const QByteArray &body :
         {QByteArray(R"({"status":"welcome"})"), QByteArray(R"({"status":"authenticated"})"),
          QByteArray(R"({"status":"second_factor_required","challenge":"c","methods":[]})"),
          QByteArray("not json"), QByteArray("\xff\xff\xff")}) {
        RawHttpServer raw;
        raw.answerWith(RawHttpServer::httpAnswer(200, body));
        Session s(raw.url());
        s.auth.signIn(QStringLiteral("pat"), kPassword);
        ASSERT_TRUE(s.waitFor(State::Failed)) << body.toStdString();
        EXPECT_EQ(s.auth.lastError().code(), Error::Code::MalformedResponse);
        EXPECT_FALSE(s.api.hasSession());
    }
}

TEST(AuthSession, SilentServerTimesOut)
{
    RawHttpServer raw; // never answers
    Session s(raw.url());
    s.api.setTransferTimeout(300);
    s.auth.signIn(QStringLiteral("quinn"), kPassword);
    ASSERT_TRUE(s.waitFor(State::Failed, 5000));
    EXPECT_EQ(s.auth.lastError().code(), Error::Code::Timeout);
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

TEST(AuthSession, ActionsOutOfTheirStateAreRefused)
{
    RawHttpServer raw; // would record any request
    Session s(raw.url());
    s.auth.submitTotpCode(QStringLiteral("123456"));
    s.auth.requestEmailCode();
    s.auth.enrollTotp(QStringLiteral("123456"), QStringLiteral("x"));
    s.auth.changePassword(kNewPassword);
    EXPECT_EQ(s.auth.state(), State::Idle);
    ASSERT_EQ(s.errors.size(), 4);
    for (const Error &error : s.errors)
        EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    QCoreApplication::processEvents();
    EXPECT_EQ(raw.connectionCount(), 0);
}

namespace {
QStringList g_logged;
void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}
} // namespace

TEST(AuthSession, NeverLogsPasswordsCodesOrTokens)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("uma");
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pli.*=true")); // debug included
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);

    Session s(server);
    QStringList tokens;
    QObject::connect(&s.api, &ApiClient::refreshTokenChanged,
                     [&](const QString &token) { tokens.append(token); });
    s.auth.signIn(QStringLiteral("uma"), kPassword, QStringLiteral("laptop"));
    EXPECT_TRUE(s.waitFor(State::SecondFactorRequired));
    s.auth.requestEmailCode();
    EXPECT_TRUE(waitUntil([&] { return flow.mailedCode("uma@example.test").has_value(); }));
    const QString code = QString::fromStdString(flow.mailedCode("uma@example.test").value_or(""));
    s.auth.submitEmailCode(code);
    EXPECT_TRUE(s.waitFor(State::SignedIn));
    tokens.append(s.api.accessToken());
    expireAccessTokens(server); // a refresh and a replay, logged
    auto me = waitFor(s.api.getMe());
    EXPECT_TRUE(me->isSuccess());
    tokens.append(s.api.accessToken());
    s.auth.signOut();
    EXPECT_TRUE(s.waitFor(State::SignedOut));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QStringList secrets{kPassword, code};
    for (const QString &token : std::as_const(tokens)) {
        if (!token.isEmpty())
            secrets.append(token);
    }
    ASSERT_GE(secrets.size(), 5);
    ASSERT_GT(g_logged.size(), 10); // the flow was logged...
    for (const QString &line : std::as_const(g_logged)) {
        for (const QString &secret : std::as_const(secrets))
            EXPECT_FALSE(line.contains(secret)) << "logged a secret: " << line.toStdString();
    }
}
