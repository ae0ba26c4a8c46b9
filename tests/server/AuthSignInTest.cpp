// Sign-in over real HTTP: password then second factor (TOTP or e-mailed code), wrong codes,
// replays, and the answers to bad input.
#include "Clock.h"
#include "Crypto.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Totp.h"

#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

using namespace pli::test;
using nlohmann::json;
namespace totp = pli::server::totp;

namespace {
const std::string kLogin = "/api/v1/auth/login";
const std::string kSecondFactor = "/api/v1/auth/second-factor";
const std::string kEmailCode = "/api/v1/auth/email-code";
const std::string kEnrollment = "/api/v1/auth/totp-enrollment";
const std::string kPassword = "/api/v1/auth/password";

json login(httplib::Client &client, const std::string &username,
           const std::string &password = SignInFlow::kPassword)
{
    auto res = postJson(client, kLogin, {{"username", username}, {"password", password}});
    EXPECT_TRUE(res) << "login: " << httplib::to_string(res.error());
    return jsonOf(res);
}

// The challenge of a right password for an enrolled user.
std::string startSignIn(httplib::Client &client, const std::string &username)
{
    const auto step = login(client, username);
    EXPECT_EQ(step.value("status", ""), "second_factor_required") << step.dump();
    return step.value("challenge", "");
}

std::int64_t userInteger(TestServer &server, const std::string &column, const std::string &userId)
{
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT " + column + " FROM users WHERE id = ?", userId);
    return st.next() ? st.integer(0) : -1;
}
} // namespace

TEST(SignIn, PasswordThenTotpGivesTokens)
{
    TestServer server;
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET failed_logins = 2 WHERE id = ?", id);
    }
    auto client = server.client();
    auto res = postJson(*client, kLogin,
                        {{"username", "alice"},
                         {"password", SignInFlow::kPassword},
                         {"device_name", "Alice's laptop"}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto step = jsonOf(res);
    EXPECT_EQ(step["status"], "second_factor_required");
    EXPECT_EQ(step["methods"], json({"totp", "email"}));
    EXPECT_EQ(step["expires_in"], 600);
    ASSERT_TRUE(step["challenge"].is_string());

    res = postJson(*client, kSecondFactor,
                   {{"challenge", step["challenge"]},
                    {"method", "totp"},
                    {"code", *flow.freshTotpCode("alice")}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto tokens = jsonOf(res);
    EXPECT_EQ(tokens["status"], "authenticated");
    EXPECT_EQ(tokens["expires_in"], 900);
    const std::string access = tokens["access_token"];
    const std::string refresh = tokens["refresh_token"];
    EXPECT_NE(access, refresh);

    // Only hashes are stored; the session keeps the device name given at login.
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT family_id FROM access_tokens WHERE token_hash = ?",
                                pli::server::crypto::sha256Hex(access));
    ASSERT_TRUE(st.next());
    auto rt = server.db().query("SELECT family_id, device_name FROM refresh_tokens "
                                "WHERE token_hash = ?",
                                pli::server::crypto::sha256Hex(refresh));
    ASSERT_TRUE(rt.next());
    EXPECT_EQ(rt.text(0), st.text(0));
    EXPECT_EQ(rt.text(1), "Alice's laptop");
    EXPECT_EQ(userInteger(server, "failed_logins", id), 0);
    EXPECT_GT(userInteger(server, "totp_last_step", id), 0);
}

TEST(SignIn, EmailedCodeGivesTokensOnce)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string challenge = startSignIn(*client, "alice");

    auto res = postJson(*client, kEmailCode, {{"challenge", challenge}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 202) << res->body;
    const auto mail = server.lastMailTo("alice@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("Subject: Your Pli sign-in code\r\n"), std::string::npos);
    const auto code = flow.mailedCode("alice@example.test");
    ASSERT_TRUE(code);

    res = postJson(*client, kSecondFactor,
                   {{"challenge", challenge}, {"method", "email"}, {"code", *code}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(jsonOf(res)["status"], "authenticated");

    // The code and its challenge are spent.
    res = postJson(*client, kSecondFactor,
                   {{"challenge", challenge}, {"method", "email"}, {"code", *code}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired");
}

TEST(SignIn, EmailedCodeBelongsToItsChallengeOnly)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string first = startSignIn(*client, "alice");
    auto sent = postJson(*client, kEmailCode, {{"challenge", first}});
    ASSERT_TRUE(sent);
    ASSERT_EQ(sent->status, 202) << sent->body;
    const auto code = flow.mailedCode("alice@example.test");
    ASSERT_TRUE(code);
    const std::string second = startSignIn(*client, "alice");
    auto res = postJson(*client, kSecondFactor,
                        {{"challenge", second}, {"method", "email"}, {"code", *code}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401) << res->body;
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
}

TEST(SignIn, EmailCodeCannotBeAskedAgainDuringTheCoolDown)
{
    TestServer server({"--email-code-interval", "30"});
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string challenge = startSignIn(*client, "alice");
    ASSERT_EQ(postJson(*client, kEmailCode, {{"challenge", challenge}})->status, 202);
    const auto mailsBefore = server.outbox().size();

    auto res = postJson(*client, kEmailCode, {{"challenge", challenge}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 429);
    const auto problem = jsonOf(res);
    EXPECT_EQ(problem["code"], "rate_limited");
    const int retryAfter = std::stoi(res->get_header_value("Retry-After"));
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 30);
    EXPECT_EQ(problem["retry_after"], retryAfter);
    EXPECT_EQ(server.outbox().size(), mailsBefore);
}

TEST(SignIn, EmailCodeCanBeAskedAgainAfterTheCoolDown)
{
    TestServer server({"--email-code-interval", "1"});
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string challenge = startSignIn(*client, "alice");
    ASSERT_EQ(postJson(*client, kEmailCode, {{"challenge", challenge}})->status, 202);
    const auto firstCode = flow.mailedCode("alice@example.test");
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    int status = 429;
    while (status == 429 && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        status = postJson(*client, kEmailCode, {{"challenge", challenge}})->status;
    }
    ASSERT_EQ(status, 202);
    const auto secondCode = flow.mailedCode("alice@example.test");
    ASSERT_TRUE(secondCode);
    if (*firstCode != *secondCode) { // the newest code replaces the previous one
        auto res = postJson(*client, kSecondFactor,
                            {{"challenge", challenge}, {"method", "email"}, {"code", *firstCode}});
        EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    }
    auto res = postJson(*client, kSecondFactor,
                        {{"challenge", challenge}, {"method", "email"}, {"code", *secondCode}});
    EXPECT_EQ(res->status, 200) << res->body;
}

TEST(SignIn, WrongCodesCountDownAndTheFifthEndsTheChallenge)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string challenge = startSignIn(*client, "alice");
    const std::string right = *flow.freshTotpCode("alice");
    const std::string wrong = right == "000000" ? "111111" : "000000";
    for (int remaining = 4; remaining >= 1; --remaining) {
        auto res = postJson(*client, kSecondFactor,
                            {{"challenge", challenge}, {"method", "totp"}, {"code", wrong}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401);
        const auto problem = jsonOf(res);
        EXPECT_EQ(problem["code"], "invalid_code");
        EXPECT_EQ(problem["attempts_remaining"], remaining);
    }
    auto res = postJson(*client, kSecondFactor,
                        {{"challenge", challenge}, {"method", "email"}, {"code", "123456"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "too_many_attempts");

    res = postJson(*client, kSecondFactor,
                   {{"challenge", challenge}, {"method", "totp"}, {"code", right}});
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired");
}

TEST(SignIn, ATotpCodeCannotBeUsedTwice)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string code = *flow.freshTotpCode("alice");
    const std::string first = startSignIn(*client, "alice");
    auto res = postJson(*client, kSecondFactor,
                        {{"challenge", first}, {"method", "totp"}, {"code", code}});
    ASSERT_EQ(res->status, 200) << res->body;

    const std::string second = startSignIn(*client, "alice");
    res = postJson(*client, kSecondFactor,
                   {{"challenge", second}, {"method", "totp"}, {"code", code}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    EXPECT_EQ(jsonOf(res)["attempts_remaining"], 4);
}

TEST(SignIn, InvalidCredentialsSayNothingAboutTheAccount)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    const auto bob = flow.addEnrolledUser("bob");
    server.addUser("nopassword"); // invited but no password yet
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", bob);
    }
    auto client = server.client();
    auto unknown = postJson(*client, kLogin, {{"username", "nobody"}, {"password", "x"}});
    auto wrong = postJson(*client, kLogin, {{"username", "alice"}, {"password", "x"}});
    auto inactive =
        postJson(*client, kLogin, {{"username", "bob"}, {"password", SignInFlow::kPassword}});
    auto noPassword = postJson(*client, kLogin, {{"username", "nopassword"}, {"password", ""}});
    for (const auto *res : {&unknown, &wrong, &inactive, &noPassword}) {
        ASSERT_TRUE(*res);
        EXPECT_EQ((*res)->status, 401);
        EXPECT_EQ((*res)->body, unknown->body);
        EXPECT_EQ((*res)->get_header_value("Content-Type"), "application/problem+json");
    }
    EXPECT_EQ(jsonOf(unknown)["code"], "invalid_credentials");
}

TEST(SignIn, UnknownChallengesAndChallengesOfAnotherStepAreExpired)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const std::string secondFactor = startSignIn(*client, "alice");
    const std::vector<std::pair<std::string, json>> calls{
        {kSecondFactor, {{"challenge", "nope"}, {"method", "totp"}, {"code", "123456"}}},
        {kEmailCode, {{"challenge", "nope"}}},
        {kEnrollment, {{"challenge", secondFactor}, {"code", "123456"}, {"device_name", "x"}}},
        {kPassword, {{"challenge", secondFactor}, {"new_password", "Good-password-2025"}}},
    };
    for (const auto &[path, body] : calls) {
        auto res = postJson(*client, path, body);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401) << path;
        EXPECT_EQ(jsonOf(res)["code"], "challenge_expired") << path;
    }
    // The misused challenge still works for its own step.
    auto res = postJson(
        *client, kSecondFactor,
        {{"challenge", secondFactor}, {"method", "totp"}, {"code", *flow.freshTotpCode("alice")}});
    EXPECT_EQ(res->status, 200) << res->body;
}

TEST(SignIn, BadBodiesAreRefusedClearly)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();

    auto res = client->Post(kLogin.c_str(), "{\"username\": ", "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_json");
    res = client->Post(kLogin.c_str(), "[1, 2]", "application/json");
    EXPECT_EQ(jsonOf(res)["code"], "invalid_json");
    res = client->Post(kLogin.c_str(), "username=alice", "application/x-www-form-urlencoded");
    EXPECT_EQ(res->status, 415);

    const std::vector<std::tuple<std::string, json, std::string>> cases{
        {kLogin, {{"username", 42}, {"password", "x"}}, "username"},
        {kLogin, {{"username", "alice"}}, "password"},
        {kLogin,
         {{"username", "alice"}, {"password", "x"}, {"device_name", std::string(65, 'd')}},
         "device_name"},
        {kSecondFactor, {{"challenge", "c"}, {"method", "sms"}, {"code", "1"}}, "method"},
        {kSecondFactor, {{"challenge", "c"}, {"method", "totp"}, {"code", 123456}}, "code"},
        {kEmailCode, {{"challenge", json::array()}}, "challenge"},
        {kEnrollment, {{"challenge", "c"}, {"device_name", "x"}}, "code"},
        {kPassword, {{"challenge", 1}, {"new_password", "x"}}, "challenge"},
        {"/api/v1/auth/refresh", {{"refresh_token", true}}, "refresh_token"},
        {"/api/v1/auth/password-reset", json::object(), "username"},
        {"/api/v1/auth/password-reset/confirm", {{"token", "t"}}, "new_password"},
        {"/api/v1/auth/invitations/accept", {{"new_password", "x"}}, "token"},
        {"/api/v1/auth/unlock", {{"token", nullptr}}, "token"},
    };
    for (const auto &[path, body, field] : cases) {
        res = postJson(*client, path, body);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << path << ' ' << body.dump();
        EXPECT_EQ(jsonOf(res)["code"], "invalid_request") << path;
        EXPECT_EQ(jsonOf(res)["field"], field) << path;
    }
    // Nothing above was taken as a failed sign-in.
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT failed_logins FROM users WHERE username = 'alice'");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 0);
}

TEST(SignIn, TheLogNeverShowsPasswordsCodesOrTokens)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    server.addUser("newbie", "participant", "Newbie-password-1");
    auto client = server.client();
    std::vector<std::string> secrets{SignInFlow::kPassword, SignInFlow::kSecret,
                                     "Newbie-password-1", "Wrong-password-1"};

    login(*client, "alice", "Wrong-password-1");
    const std::string challenge = startSignIn(*client, "alice");
    secrets.push_back(challenge);
    postJson(*client, kEmailCode, {{"challenge", challenge}});
    const auto code = flow.mailedCode("alice@example.test");
    ASSERT_TRUE(code);
    secrets.push_back(*code);
    const auto tokens = jsonOf(postJson(
        *client, kSecondFactor, {{"challenge", challenge}, {"method", "email"}, {"code", *code}}));
    secrets.push_back(tokens["access_token"]);
    secrets.push_back(tokens["refresh_token"]);

    const auto enrol = login(*client, "newbie", "Newbie-password-1");
    secrets.push_back(enrol["challenge"]);
    secrets.push_back(enrol["secret"]);
    const auto totpCode = totp::codeAt(std::string(enrol["secret"]), pli::server::nowSeconds());
    postJson(*client, kEnrollment,
             {{"challenge", enrol["challenge"]}, {"code", totpCode}, {"device_name", "p"}});

    postJson(*client, "/api/v1/auth/password-reset", {{"username", "alice"}});
    const auto resetToken = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(resetToken);
    secrets.push_back(*resetToken);
    postJson(*client, "/api/v1/auth/password-reset/confirm",
             {{"token", *resetToken}, {"new_password", "Reset-password-22"}});
    secrets.push_back("Reset-password-22");

    server.stop();
    const std::string log = server.log();
    EXPECT_NE(log.find("POST /api/v1/auth/login"), std::string::npos);
    for (const auto &secret : secrets)
        EXPECT_EQ(log.find(secret), std::string::npos) << "the log shows " << secret;
    // Six digits may occur inside longer numbers (times in file names); never on their own.
    for (const auto &digits : {*code, totpCode})
        EXPECT_FALSE(std::regex_search(log, std::regex("(^|[^0-9])" + digits + "([^0-9]|$)")))
            << "the log shows the code " << digits;
}
