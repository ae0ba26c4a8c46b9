// AuthSession around a session's life, against the real pli-server (and a scripted raw
// server for broken answers): sign-out, silent resume, a session ending, bad servers, actions
// out of their state, and logs that never hold a secret.
#include "AuthSessionFixture.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;

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
