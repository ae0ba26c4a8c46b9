// Account lockout after failed sign-ins, unlock by e-mailed link, and the per-address login
// rate limit, over real HTTP.
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace pli::test;
using nlohmann::json;

namespace {
const std::string kLogin = "/api/v1/auth/login";

httplib::Result login(httplib::Client &client, const std::string &username,
                      const std::string &password)
{
    return postJson(client, kLogin, {{"username", username}, {"password", password}});
}

struct Account
{
    bool locked = false;
    int failedLogins = 0;
};

Account accountOf(TestServer &server, const std::string &userId)
{
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT locked, failed_logins FROM users WHERE id = ?", userId);
    if (!st.next())
        return {};
    return {st.integer(0) != 0, static_cast<int>(st.integer(1))};
}
} // namespace

TEST(Lockout, LocksAfterTheLimitAndUnlocksByTheEmailedLink)
{
    TestServer server({"--max-failed-logins", "3"});
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    auto client = server.client();
    for (int i = 0; i < 3; ++i) {
        auto res = login(*client, "alice", "Wrong-password-1");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401);
        EXPECT_EQ(jsonOf(res)["code"], "invalid_credentials");
    }
    EXPECT_TRUE(accountOf(server, id).locked);
    const auto mail = server.lastMailTo("alice@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("Subject: Your Pli account is locked"), std::string::npos);
    const auto token = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(token);

    // The right and a wrong password get the same answer: a guess learns nothing, and a wrong
    // one changes nothing.
    auto res = login(*client, "alice", SignInFlow::kPassword);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 423);
    EXPECT_EQ(jsonOf(res)["code"], "account_locked");
    const auto before = accountOf(server, id);
    const auto mailsBefore = server.outbox().size();
    auto wrong = login(*client, "alice", "Wrong-password-1");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, res->status);
    EXPECT_EQ(wrong->body, res->body);
    EXPECT_EQ(accountOf(server, id).failedLogins, before.failedLogins);
    EXPECT_EQ(server.outbox().size(), mailsBefore);

    res = postJson(*client, "/api/v1/auth/unlock", {{"token", *token}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    EXPECT_FALSE(accountOf(server, id).locked);
    EXPECT_EQ(accountOf(server, id).failedLogins, 0);
    res = postJson(*client, "/api/v1/auth/unlock", {{"token", *token}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");

    EXPECT_TRUE(flow.signIn("alice").ok());
}

TEST(Lockout, ASuccessfulSignInStartsTheCountAgain)
{
    TestServer server({"--max-failed-logins", "3"});
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    auto client = server.client();
    login(*client, "alice", "Wrong-password-1");
    login(*client, "alice", "Wrong-password-1");
    EXPECT_EQ(accountOf(server, id).failedLogins, 2);
    ASSERT_TRUE(flow.signIn("alice").ok());
    EXPECT_EQ(accountOf(server, id).failedLogins, 0);
    login(*client, "alice", "Wrong-password-1");
    login(*client, "alice", "Wrong-password-1");
    EXPECT_FALSE(accountOf(server, id).locked);
}

TEST(Lockout, EveryWrongCodeCountsAsAFailedSignIn)
{
    TestServer server({"--max-failed-logins", "3"});
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    auto client = server.client();
    login(*client, "alice", "Wrong-password-1");
    const std::string challenge =
        jsonOf(login(*client, "alice", SignInFlow::kPassword))["challenge"];
    auto res = postJson(*client, "/api/v1/auth/second-factor",
                        {{"challenge", challenge}, {"method", "email"}, {"code", "000000"}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    EXPECT_EQ(jsonOf(res)["attempts_remaining"], 1) << "the account's limit comes first";
    EXPECT_EQ(accountOf(server, id).failedLogins, 2);
    res = postJson(*client, "/api/v1/auth/second-factor",
                   {{"challenge", challenge}, {"method", "email"}, {"code", "000000"}});
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "too_many_attempts");
    EXPECT_TRUE(accountOf(server, id).locked);
    const auto mail = server.lastMailTo("alice@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("Subject: Your Pli account is locked"), std::string::npos);
    EXPECT_EQ(login(*client, "alice", SignInFlow::kPassword)->status, 423);
}

TEST(Lockout, UnlockRefusesUnknownTokensAndTokensOfAnotherKind)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    auto res = postJson(*client, "/api/v1/auth/unlock", {{"token", "not-a-token"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");

    postJson(*client, "/api/v1/auth/password-reset", {{"username", "alice"}});
    const auto resetToken = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(resetToken);
    res = postJson(*client, "/api/v1/auth/unlock", {{"token", *resetToken}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
}

TEST(LoginRateLimit, RefusesTooManyAttemptsFromOneAddress)
{
    TestServer server({"--login-rate", "3"});
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    auto client = server.client();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(login(*client, "nobody", "Wrong-password-1")->status, 401);
    auto res = login(*client, "alice", SignInFlow::kPassword);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 429);
    const auto problem = jsonOf(res);
    EXPECT_EQ(problem["code"], "rate_limited");
    ASSERT_TRUE(res->has_header("Retry-After"));
    const int retryAfter = std::stoi(res->get_header_value("Retry-After"));
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 60);
    EXPECT_EQ(problem["retry_after"], retryAfter);
    // Refused before the password was looked at: no failure counted.
    EXPECT_EQ(accountOf(server, id).failedLogins, 0);
}
