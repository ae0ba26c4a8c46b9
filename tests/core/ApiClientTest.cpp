// ApiClient and the request machinery every job shares (NetworkJob, JsonJob): the server
// address rules, the headers, timeouts, TLS, hostile answers, cancellation, and the single
// token refresh with one replay — against the real pli-server and a scripted raw server.
#include "JobWait.h"
#include "RawHttpServer.h"
#include "SignedInApi.h"
#include "TestServer.h"
#include "WaitUntil.h"

#include "api/GetMeJob.h"
#include "api/ListPersonasJob.h"
#include "api/OpenMessageJob.h"
#include "auth/LoginJob.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace pli;
using namespace pli::test;

namespace {

int countInLog(const TestServer &server, const std::string &needle)
{
    const std::string log = server.log();
    int count = 0;
    for (size_t at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
        ++count;
    return count;
}

QByteArray problemAnswer(int status, const char *code)
{
    return RawHttpServer::httpAnswer(status,
                                     QByteArray(R"({"status":)") + QByteArray::number(status) +
                                         R"(,"code":")" + code + R"("})",
                                     "application/problem+json");
}

const QByteArray kMeBody = R"({"id":"u1","username":"alice","role":"participant","personas":[]})";
const QByteArray kTokens =
    R"({"status":"authenticated","access_token":"new-access","refresh_token":"new-refresh","expires_in":900})";

} // namespace

TEST(ApiClientAddress, RefusesPlainHttpToAnythingButLoopback)
{
    struct Case
    {
        const char *url;
        Error::Code expected;
    };
    const Case cases[] = {
        {"https://pli.example.org", Error::Code::None},
        {"https://pli.example.org:8443/prefix", Error::Code::None},
        {"http://127.0.0.1:8080", Error::Code::None},
        {"http://127.45.6.7", Error::Code::None},
        {"http://[::1]:8080", Error::Code::None},
        {"http://localhost:1234", Error::Code::None},
        {"http://LOCALHOST.", Error::Code::None},
        {"http://pli.example.org", Error::Code::InsecureConnection},
        {"http://10.0.0.1", Error::Code::InsecureConnection},
        {"http://128.0.0.1", Error::Code::InsecureConnection},
        {"http://[::2]", Error::Code::InsecureConnection},
        {"http://localhost.example.org", Error::Code::InsecureConnection},
        {"http://127.0.0.1.example.org", Error::Code::InsecureConnection},
        {"ftp://pli.example.org", Error::Code::InvalidInput},
        {"https://user:secret@pli.example.org", Error::Code::InvalidInput},
        {"https://pli.example.org/?x=1", Error::Code::InvalidInput},
        {"not a url", Error::Code::InvalidInput},
        {"", Error::Code::InvalidInput},
    };
    for (const Case &c : cases) {
        const Error error = ApiClient::checkServerUrl(QUrl(QString::fromLatin1(c.url)));
        EXPECT_EQ(error.code(), c.expected) << c.url;
    }
}

TEST(ApiClientAddress, InsecureAddressFailsBeforeAnyConnection)
{
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(200, kMeBody));
    ApiClient api;
    // A name that is not loopback by its spelling, even if it resolved to this machine.
    const Error refused = api.setServerUrl(
        QUrl(QStringLiteral("http://localhost.localdomain:%1").arg(server.port())));
    EXPECT_EQ(refused.code(), Error::Code::InsecureConnection);
    api.setSession(QStringLiteral("access"), QStringLiteral("refresh"));
    GetMeJob *job = api.getMe();
    QSignalSpy failed(job, &Job::failed); // connected after start(): still reported
    auto owned = waitFor(job);
    EXPECT_EQ(owned->error().code(), Error::Code::InsecureConnection);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(server.connectionCount(), 0);
    EXPECT_FALSE(owned->error().message().isEmpty());
}

TEST(ApiClientAddress, BuildsEndpointsAndEncodesIdsAndQueries)
{
    ApiClient api(QUrl(QStringLiteral("https://pli.example.org")));
    EXPECT_EQ(api.endpoint(QStringLiteral("/me")).toString(),
              QStringLiteral("https://pli.example.org/api/v1/me"));
    api.setServerUrl(QUrl(QStringLiteral("https://pli.example.org/tenant/")));
    EXPECT_EQ(api.endpoint(QStringLiteral("/me")).toString(),
              QStringLiteral("https://pli.example.org/tenant/api/v1/me"));
    api.setServerUrl(QUrl(QStringLiteral("https://pli.example.org/api/v1")));
    EXPECT_EQ(api.endpoint(QStringLiteral("/me")).toString(),
              QStringLiteral("https://pli.example.org/api/v1/me"));

    const QUrl url = api.endpoint(QStringLiteral("/conversations/") +
                                      ApiClient::pathSegment(QStringLiteral("a/../b?c#d")),
                                  {{QStringLiteral("q"), QStringLiteral("a+b&c=d %é")}});
    EXPECT_EQ(url.toString(QUrl::FullyEncoded),
              QStringLiteral("https://pli.example.org/api/v1/conversations/"
                             "a%2F..%2Fb%3Fc%23d?q=a%2Bb%26c%3Dd%20%25%C3%A9"));
    EXPECT_EQ(ApiClient::pathSegment(QStringLiteral("..")), QStringLiteral("%2E%2E"));

    EXPECT_EQ(ApiClient::serverUrlFromUserInput(QStringLiteral("  pli.example.org/ ")).toString(),
              QStringLiteral("https://pli.example.org"));
    EXPECT_EQ(ApiClient::serverUrlFromUserInput(QStringLiteral("http://127.0.0.1:8080")).toString(),
              QStringLiteral("http://127.0.0.1:8080"));
}

TEST(ApiClientRequests, SendTheUserAgentAcceptAndBearerOnlyWhenAuthenticated)
{
    RawHttpServer server;
    server.setResponder([](const RawHttpServer::Request &request) {
        return request.path.endsWith("/auth/login") ? problemAnswer(401, "invalid_credentials")
                                                    : RawHttpServer::httpAnswer(200, kMeBody);
    });
    ApiClient api(server.url());
    api.setSession(QStringLiteral("the-access-token"), QStringLiteral("the-refresh-token"));
    auto me = waitFor(api.getMe());
    ASSERT_TRUE(me->isSuccess()) << me->error().detail().toStdString();
    EXPECT_EQ(me->me().username, QStringLiteral("alice"));
    auto login = waitFor(api.login(QStringLiteral("alice"), QStringLiteral("pw")));
    EXPECT_EQ(login->error().code(), Error::Code::InvalidCredentials);

    ASSERT_EQ(server.requests().size(), 2);
    const auto get = server.requests().at(0);
    EXPECT_EQ(get.method, "GET");
    EXPECT_EQ(get.path, "/api/v1/me");
    EXPECT_TRUE(get.header("User-Agent").startsWith("Pli/"));
    EXPECT_EQ(get.header("Accept"), "application/json");
    EXPECT_EQ(get.header("Authorization"), "Bearer the-access-token");
    const auto post = server.requests().at(1);
    EXPECT_EQ(post.method, "POST");
    EXPECT_TRUE(post.header("Authorization").isEmpty()); // sign-in calls carry no token
    EXPECT_EQ(post.header("Content-Type"), "application/json");
    EXPECT_TRUE(post.body.contains("\"username\":\"alice\""));
}

TEST(ApiClientRequests, TimeOutWhenTheServerNeverAnswers)
{
    RawHttpServer server; // answers nothing
    ApiClient api(server.url());
    api.setTransferTimeout(300);
    QElapsedTimer clock;
    clock.start();
    auto job = waitFor(api.getMe());
    EXPECT_EQ(job->error().code(), Error::Code::Timeout);
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(server.requests().size(), 1); // not retried
}

TEST(ApiClientRequests, ConnectionRefusedIsANetworkError)
{
    quint16 port = 0;
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        port = closed.serverPort();
    }
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    auto job = waitFor(api.getMe());
    EXPECT_EQ(job->error().code(), Error::Code::Network);
    EXPECT_FALSE(job->error().message().isEmpty());
}

namespace {

struct HostileCase
{
    const char *name;
    QByteArray answer;
    Error::Code expected;
};

class ApiClientHostileAnswer : public ::testing::TestWithParam<HostileCase>
{
};

} // namespace

TEST_P(ApiClientHostileAnswer, FailsCleanly)
{
    const HostileCase &c = GetParam();
    RawHttpServer server;
    server.answerWith(c.answer);
    ApiClient api(server.url());
    api.setSession(QStringLiteral("a"), QString());
    auto job = waitFor(api.getMe());
    ASSERT_TRUE(job->isFinished()) << c.name;
    EXPECT_EQ(job->error().code(), c.expected)
        << c.name << ": " << job->error().codeName().toStdString() << " "
        << job->error().detail().toStdString();
    EXPECT_FALSE(job->error().message().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Answers, ApiClientHostileAnswer,
    ::testing::Values(
        HostileCase{"InvalidJson", RawHttpServer::httpAnswer(200, "{\"id\":"),
                    Error::Code::MalformedResponse},
        HostileCase{"InvalidUtf8", RawHttpServer::httpAnswer(200, "{\"id\":\"\xff\xfe\"}"),
                    Error::Code::MalformedResponse},
        HostileCase{"WrongShape", RawHttpServer::httpAnswer(200, "[1,2,3]"),
                    Error::Code::MalformedResponse},
        HostileCase{"WrongTypes",
                    RawHttpServer::httpAnswer(200, R"({"id":1,"username":["x"],"personas":{}})"),
                    Error::Code::MalformedResponse},
        HostileCase{"EmptyBody", RawHttpServer::httpAnswer(200, ""),
                    Error::Code::MalformedResponse},
        HostileCase{"HtmlPage",
                    RawHttpServer::httpAnswer(200, "<html>captive portal</html>", "text/html"),
                    Error::Code::MalformedResponse},
        HostileCase{"HugeBody", RawHttpServer::httpAnswer(200, QByteArray(9 << 20, ' ')),
                    Error::Code::MalformedResponse},
        HostileCase{"DeepNesting", RawHttpServer::httpAnswer(200, QByteArray(200000, '[')),
                    Error::Code::MalformedResponse},
        // Qt skips lines until a valid status line: a peer that is no HTTP server at all, or
        // one with a broken status line, looks like one that closed the connection.
        HostileCase{"NotHttpAtAll", QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n"),
                    Error::Code::Network},
        HostileCase{"BrokenStatusLine",
                    QByteArray("HTTP/1.1 2x0 Weird\r\nContent-Length: 2\r\n\r\n{}"),
                    Error::Code::Network},
        HostileCase{"BrokenHeaders",
                    QByteArray("HTTP/1.1 200 OK\r\nContent-Length: banana\r\n\r\n{}"),
                    Error::Code::MalformedResponse},
        HostileCase{"TruncatedBody",
                    QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: 500\r\nConnection: close\r\n\r\n{\"id\":\"u1\""),
                    Error::Code::Network},
        HostileCase{"ClosedWithoutAnswer", QByteArray("\r\n"), Error::Code::Network},
        HostileCase{"ServerErrorPage", RawHttpServer::httpAnswer(503, "<h1>down</h1>", "text/html"),
                    Error::Code::Server},
        HostileCase{"ProblemWithGarbageFields",
                    RawHttpServer::httpAnswer(404, R"({"code":{"x":1},"detail":42})",
                                              "application/problem+json"),
                    Error::Code::NotFound}),
    [](const auto &param) { return std::string(param.param.name); });

TEST(ApiClientJobs, CancelFinishesOnceWithCancelled)
{
    RawHttpServer server; // never answers
    ApiClient api(server.url());
    GetMeJob *job = api.getMe();
    job->setAutoDelete(false);
    std::unique_ptr<GetMeJob> owned(job);
    QSignalSpy finished(job, &Job::finished);
    QSignalSpy failed(job, &Job::failed);
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    job->cancel();
    job->cancel();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(job->error().code(), Error::Code::Cancelled);
    EXPECT_FALSE(finished.wait(300)); // nothing more arrives
}

TEST(ApiClientJobs, CancelBeforeStartFinishesAtOnce)
{
    ApiClient api(QUrl(QStringLiteral("https://pli.example.org")));
    GetMeJob job(&api);
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &Job::finished);
    job.cancel();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(job.error().code(), Error::Code::Cancelled);
    job.start(); // finished jobs do not start again
    EXPECT_EQ(job.status(), Job::Status::Failed);
}

TEST(ApiClientJobs, AutoDeleteRemovesTheJobAfterFinished)
{
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(200, kMeBody));
    ApiClient api(server.url());
    QPointer<GetMeJob> job = api.getMe();
    QString username;
    QObject::connect(job, &GetMeJob::succeeded, [&] { username = job->me().username; });
    EXPECT_TRUE(waitUntil([&] { return job.isNull(); }));
    EXPECT_EQ(username, QStringLiteral("alice"));
}

TEST(ApiClientTls, RefusesAnUntrustedCertificateAndSaysWhy)
{
    TempDir dir;
    const QString key = QString::fromStdString((dir.path() / "key.pem").string());
    const QString cert = QString::fromStdString((dir.path() / "cert.pem").string());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();

    TestServer server({"--tls-cert", cert.toStdString(), "--tls-key", key.toStdString()});
    ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())));
    auto job = waitFor(api.login(QStringLiteral("alice"), QStringLiteral("pw")));
    // A certificate no authority vouches for: the person is shown its fingerprint to decide.
    EXPECT_EQ(job->error().code(), Error::Code::UntrustedCertificate)
        << job->error().codeName().toStdString();
    const auto presented = QSslCertificate::fromPath(cert);
    ASSERT_EQ(presented.size(), 1);
    EXPECT_EQ(job->error().detail(), CertificateDetails::fingerprintOf(presented.first()));
    EXPECT_TRUE(job->error().message().contains(job->error().detail()));
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/login"), 0); // nothing went through
}

TEST(ApiClientRefresh, ExpiredAccessTokenIsRefreshedOnceAndTheCallReplayed)
{
    TestServer server({"--access-token-ttl", "2"});
    SignedInApi signedIn(server, "rita");
    ApiClient &api = *signedIn.api;
    const QString oldRefresh = api.refreshToken();
    QSignalSpy refreshTokenChanged(&api, &ApiClient::refreshTokenChanged);

    // Wait (on the server's clock, via its database) until the 2-second access token expired.
    ASSERT_TRUE(waitUntil(
        [&] {
            auto guard = server.db().lock();
            auto st = server.db().query("SELECT COUNT(*) FROM access_tokens WHERE expires_at > "
                                        "strftime('%s','now')");
            return st.next() && st.integer(0) == 0;
        },
        10000));

    auto job = waitFor(api.getMe());
    ASSERT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
    EXPECT_TRUE(job->wasReplayed());
    EXPECT_EQ(job->me().username, QStringLiteral("rita"));
    ASSERT_EQ(refreshTokenChanged.count(), 1);
    const QString newRefresh = refreshTokenChanged.at(0).at(0).toString();
    EXPECT_FALSE(newRefresh.isEmpty());
    EXPECT_NE(newRefresh, oldRefresh);
    EXPECT_EQ(api.refreshToken(), newRefresh);
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/refresh"), 1);
    EXPECT_EQ(countInLog(server, "GET /api/v1/me 401"), 1);
    EXPECT_EQ(countInLog(server, "GET /api/v1/me 200"), 1);
}

TEST(ApiClientRefresh, ConcurrentCallsShareOneRefresh)
{
    TestServer server;
    SignedInApi signedIn(server, "sam");
    ApiClient &api = *signedIn.api;
    expireAccessTokens(server);

    std::vector<std::unique_ptr<Job>> jobs;
    for (int i = 0; i < 3; ++i) {
        jobs.emplace_back(api.getMe());
        jobs.emplace_back(api.listPersonas());
    }
    for (const auto &job : jobs)
        job->setAutoDelete(false); // all still running: nothing finished yet
    ASSERT_TRUE(waitUntil([&] {
        return std::all_of(jobs.begin(), jobs.end(),
                           [](const auto &job) { return job->isFinished(); });
    }));
    for (const auto &job : jobs)
        EXPECT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
    EXPECT_EQ(countInLog(server, "POST /api/v1/auth/refresh"), 1);
}

TEST(ApiClientRefresh, RefusedRefreshEndsTheSession)
{
    TestServer server;
    SignedInApi signedIn(server, "tom");
    ApiClient &api = *signedIn.api;
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE refresh_tokens SET revoked = 1");
    }
    expireAccessTokens(server);
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    QSignalSpy refreshTokenChanged(&api, &ApiClient::refreshTokenChanged);

    auto job = waitFor(api.getMe());
    EXPECT_EQ(job->error().code(), Error::Code::SessionExpired);
    EXPECT_EQ(expired.count(), 1);
    ASSERT_EQ(refreshTokenChanged.count(), 1);
    EXPECT_TRUE(refreshTokenChanged.at(0).at(0).toString().isEmpty()); // forget it
    EXPECT_FALSE(api.hasSession());
}

TEST(ApiClientRefresh, ReplaysOnlyOnceAndKeepsTheSessionWhenTheRefreshCannotBeDone)
{
    RawHttpServer server;
    int refreshAnswer = 200;
    server.setResponder([&](const RawHttpServer::Request &request) {
        if (request.path.endsWith("/auth/refresh"))
            return refreshAnswer == 200 ? RawHttpServer::httpAnswer(200, kTokens)
                                        : problemAnswer(refreshAnswer, "internal_error");
        return problemAnswer(401, "unauthorized"); // whatever the token
    });
    ApiClient api(server.url());
    api.setSession(QStringLiteral("old-access"), QStringLiteral("old-refresh"));
    auto job = waitFor(api.getMe());
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(server.requests().size(), 3); // call, refresh, one replay
    EXPECT_EQ(server.requests().at(2).header("Authorization"), "Bearer new-access");
    EXPECT_TRUE(server.requests().at(1).body.contains("\"refresh_token\":\"old-refresh\""));

    // A refresh that fails for a server reason keeps the tokens for later.
    refreshAnswer = 503;
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    auto second = waitFor(api.getMe());
    EXPECT_EQ(second->error().code(), Error::Code::Server);
    EXPECT_EQ(expired.count(), 0);
    EXPECT_EQ(api.refreshToken(), QStringLiteral("new-refresh"));
}

TEST(ApiClientRenewal, OneRenewalAnswersEveryCallerOnceAndLater)
{
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(200, kTokens));
    ApiClient api(server.url());
    api.setSession(QStringLiteral("old-access"), QStringLiteral("old-refresh"));
    const int refused = api.accessTokenGeneration();
    QObject context;
    QList<Error> answers;
    bool answeredWithin = false;
    for (int i = 0; i < 3; ++i)
        api.renewSession(refused, &context, [&](const Error &error) { answers.append(error); });
    answeredWithin = !answers.isEmpty();
    EXPECT_FALSE(answeredWithin) << "never from within the call";
    ASSERT_TRUE(waitUntil([&] { return answers.size() == 3; }));
    for (const Error &error : std::as_const(answers))
        EXPECT_FALSE(error.isError()) << error.codeName().toStdString();
    EXPECT_EQ(server.requests().size(), 1); // one refresh for the three
    EXPECT_EQ(api.accessToken(), QStringLiteral("new-access"));
    EXPECT_NE(api.accessTokenGeneration(), refused);

    // A caller whose token was renewed meanwhile by another is answered without a refresh.
    answers.clear();
    api.renewSession(refused, &context, [&](const Error &error) { answers.append(error); });
    ASSERT_TRUE(waitUntil([&] { return answers.size() == 1; }));
    EXPECT_FALSE(answers.first().isError());
    EXPECT_EQ(server.requests().size(), 1);
    QTest::qWait(50);
    EXPECT_EQ(answers.size(), 1); // exactly once
}

TEST(ApiClientRenewal, WithoutARefreshTokenOrOnceClearedTheRenewalFails)
{
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(200, kTokens));
    ApiClient api(server.url());
    api.setSession(QStringLiteral("access-only"), QString());
    QObject context;
    Error answer;
    bool answered = false;
    api.renewSession(api.accessTokenGeneration(), &context, [&](const Error &error) {
        answer = error;
        answered = true;
    });
    ASSERT_TRUE(waitUntil([&] { return answered; }));
    EXPECT_EQ(answer.code(), Error::Code::Unauthorized);
    EXPECT_TRUE(server.requests().isEmpty());

    // Signing out while a renewal runs answers its callers: Cancelled.
    api.setSession(QString(), QStringLiteral("refresh"));
    answered = false;
    api.renewSession(api.accessTokenGeneration(), &context, [&](const Error &error) {
        answer = error;
        answered = true;
    });
    api.clearSession();
    ASSERT_TRUE(waitUntil([&] { return answered; }));
    EXPECT_EQ(answer.code(), Error::Code::Cancelled);

    // A caller gone before the answer is not called.
    api.setSession(QString(), QStringLiteral("refresh"));
    answered = false;
    {
        QObject gone;
        api.renewSession(api.accessTokenGeneration(), &gone,
                         [&](const Error &) { answered = true; });
    }
    ASSERT_TRUE(waitUntil([&] { return !api.isRenewing(); }));
    QTest::qWait(50);
    EXPECT_FALSE(answered);
}

TEST(ApiClientRefresh, NonIdempotentCallsAreNeverRetriedForOtherFailures)
{
    RawHttpServer server;
    server.answerWith(problemAnswer(503, "internal_error"));
    ApiClient api(server.url());
    api.setSession(QStringLiteral("a"), QStringLiteral("r"));
    auto job = waitFor(api.openMessage(QStringLiteral("m1")));
    EXPECT_EQ(job->error().code(), Error::Code::Server);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().at(0).path, "/api/v1/messages/m1/open");
}

TEST(ApiClientRefresh, SignInCallsAreNotRefreshedOn401)
{
    RawHttpServer server;
    server.answerWith(problemAnswer(401, "invalid_credentials"));
    ApiClient api(server.url());
    api.setSession(QStringLiteral("a"), QStringLiteral("r"));
    auto job = waitFor(api.login(QStringLiteral("x"), QStringLiteral("y")));
    EXPECT_EQ(job->error().code(), Error::Code::InvalidCredentials);
    EXPECT_EQ(server.requests().size(), 1);
}
