// E-mailed single-use links over real HTTP: password reset and invitation acceptance.
#include "Clock.h"
#include "Crypto.h"
#include "OneTimeTokenRecords.h"
#include "ServerContext.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace pli::test;
using nlohmann::json;

namespace {
const std::string kReset = "/api/v1/auth/password-reset";
const std::string kConfirm = "/api/v1/auth/password-reset/confirm";
const std::string kAccept = "/api/v1/auth/invitations/accept";

json login(TestServer &server, const std::string &username, const std::string &password)
{
    auto client = server.client();
    return jsonOf(
        postJson(*client, "/api/v1/auth/login", {{"username", username}, {"password", password}}));
}
} // namespace

TEST(PasswordReset, SetsTheNewPasswordOnceAndEndsEverySession)
{
    TestServer server;
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    const auto session = flow.signIn("alice");
    ASSERT_TRUE(session.ok());
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET locked = 1, failed_logins = 5 WHERE id = ?", id);
    }
    auto client = server.client();
    auto res = postJson(*client, kReset, {{"username", "alice"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 202);
    const auto mail = server.lastMailTo("alice@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("Subject: Reset your Pli password"), std::string::npos);
    const auto token = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(token);

    // A password refused by the policy leaves the link usable.
    res = postJson(*client, kConfirm, {{"token", *token}, {"new_password", "too-weak"}});
    EXPECT_EQ(res->status, 422);
    EXPECT_EQ(jsonOf(res)["code"], "password_policy");
    EXPECT_EQ(jsonOf(res)["unmet"], json({"min_length", "upper"}));
    res = postJson(*client, kConfirm, {{"token", *token}, {"new_password", "Reset-password-2025"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    res = postJson(*client, kConfirm, {{"token", *token}, {"new_password", "Other-password-2025"}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");

    EXPECT_EQ(login(server, "alice", SignInFlow::kPassword)["code"], "invalid_credentials");
    EXPECT_EQ(login(server, "alice", "Reset-password-2025")["status"], "second_factor_required");
    EXPECT_EQ(postJson(*client, "/api/v1/auth/refresh", {{"refresh_token", session.refreshToken}})
                  ->status,
              401);
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT locked, password_must_change FROM users WHERE id = ?", id);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 0);
    EXPECT_EQ(st.integer(1), 0);
}

TEST(PasswordReset, AnswersTheSameForUnknownUsersAndMailsNothing)
{
    TestServer server;
    const auto bob = server.addUser("bob", "participant", SignInFlow::kPassword);
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", bob);
    }
    auto client = server.client();
    auto unknown = postJson(*client, kReset, {{"username", "nobody"}});
    auto inactive = postJson(*client, kReset, {{"username", "bob"}});
    ASSERT_TRUE(unknown && inactive);
    EXPECT_EQ(unknown->status, 202);
    EXPECT_EQ(inactive->status, 202);
    EXPECT_EQ(unknown->body, inactive->body);
    EXPECT_TRUE(server.outbox().empty());
}

TEST(PasswordReset, AskingAgainKeepsTheEarlierLinkUntilOneIsUsedOrExpires)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    postJson(*client, kReset, {{"username", "alice"}});
    const auto older = flow.mailedToken("alice@example.test");
    postJson(*client, kReset, {{"username", "alice"}});
    const auto newer = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(older && newer);
    ASSERT_NE(*older, *newer);

    // Anyone may ask for a link: asking again must not cancel the one the user is opening.
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE one_time_tokens SET expires_at = ? WHERE token_hash = ?",
                            pli::server::nowSeconds() - 1, pli::server::crypto::sha256Hex(*newer));
    }
    auto res =
        postJson(*client, kConfirm, {{"token", *newer}, {"new_password", "Reset-password-1"}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << "an expired link works no more";
    EXPECT_EQ(login(server, "alice", SignInFlow::kPassword)["status"], "second_factor_required");

    res = postJson(*client, kConfirm, {{"token", *older}, {"new_password", "Reset-password-1"}});
    EXPECT_EQ(res->status, 204) << res->body;
    res = postJson(*client, kConfirm, {{"token", *older}, {"new_password", "Reset-password-2"}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << "a link works once";
    EXPECT_EQ(login(server, "alice", "Reset-password-1")["status"], "second_factor_required");
}

TEST(PasswordReset, UsingOneLinkVoidsTheOthers)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    postJson(*client, kReset, {{"username", "alice"}});
    const auto first = flow.mailedToken("alice@example.test");
    postJson(*client, kReset, {{"username", "alice"}});
    const auto second = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(first && second);
    auto res =
        postJson(*client, kConfirm, {{"token", *second}, {"new_password", "Reset-password-1"}});
    ASSERT_EQ(res->status, 204) << res->body;
    res = postJson(*client, kConfirm, {{"token", *first}, {"new_password", "Reset-password-2"}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    EXPECT_EQ(login(server, "alice", "Reset-password-1")["status"], "second_factor_required");
}

TEST(PasswordReset, AtMostThreeMailsAnHourAndTheSameAnswer)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    std::vector<std::string> tokens;
    for (int i = 0; i < 3; ++i) {
        auto res = postJson(*client, kReset, {{"username", "alice"}});
        ASSERT_EQ(res->status, 202);
        tokens.push_back(flow.mailedToken("alice@example.test").value_or(""));
    }
    const auto mails = server.outbox().size();
    auto res = postJson(*client, kReset, {{"username", "alice@example.test"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 202);
    EXPECT_EQ(server.outbox().size(), mails) << "a fourth mail within the hour is not sent";
    // ...and the three sent still work: the first of them, here.
    res = postJson(*client, kConfirm, {{"token", tokens[0]}, {"new_password", "Reset-password-1"}});
    EXPECT_EQ(res->status, 204) << res->body;
}

TEST(PasswordReset, TheNewestFiveLinksWork)
{
    TestServer server;
    const auto id = server.addUser("alice", "participant", SignInFlow::kPassword);
    pli::server::ServerContext ctx;
    ctx.db = &server.db();
    pli::server::OneTimeTokenRecords records(ctx);
    using pli::server::OneTimeKind;
    std::vector<std::string> tokens;
    for (int i = 0; i < 6; ++i)
        tokens.push_back(records.issue(id, OneTimeKind::PasswordReset, 4));
    EXPECT_FALSE(records.peek(tokens[0], OneTimeKind::PasswordReset))
        << "the sixth voids the first";
    for (size_t i = 1; i < tokens.size(); ++i)
        EXPECT_EQ(records.peek(tokens[i], OneTimeKind::PasswordReset), id) << i;
    EXPECT_EQ(records.issuedSince(id, OneTimeKind::PasswordReset, pli::server::nowSeconds() - 60),
              6);
    // Other kinds keep only the newest.
    const auto unlock1 = records.issue(id, OneTimeKind::Unlock);
    const auto unlock2 = records.issue(id, OneTimeKind::Unlock);
    EXPECT_FALSE(records.peek(unlock1, OneTimeKind::Unlock));
    EXPECT_TRUE(records.peek(unlock2, OneTimeKind::Unlock));
}

TEST(Invitation, AcceptingSetsTheFirstPasswordThenTheUserEnrols)
{
    TestServer server;
    SignInFlow flow(server);
    ASSERT_EQ(server.runAdmin({"user", "add", "dave", "--display-name", "Dave Roy", "--email",
                               "dave@example.test"}),
              0);
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "invite", "dave"}, &out), 0);
    const std::string token = out.substr(0, out.find('\n'));
    const auto mail = server.lastMailTo("dave@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("Subject: You are invited to Pli"), std::string::npos);
    EXPECT_EQ(flow.mailedToken("dave@example.test"), token);

    EXPECT_EQ(login(server, "dave", "")["code"], "invalid_credentials");
    auto client = server.client();
    auto res = postJson(*client, kAccept, {{"token", token}, {"new_password", "dave-password-1"}});
    EXPECT_EQ(res->status, 422);
    EXPECT_EQ(jsonOf(res)["unmet"], json({"upper", "not_username"}));
    res = postJson(*client, kAccept, {{"token", token}, {"new_password", "Welcome-aboard-2025"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    res = postJson(*client, kAccept, {{"token", token}, {"new_password", "Welcome-aboard-2026"}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    // A reset link is not an invitation.
    res = postJson(*client, kConfirm, {{"token", token}, {"new_password", "Welcome-aboard-2026"}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");

    EXPECT_EQ(login(server, "dave", "Welcome-aboard-2025")["status"], "totp_enrollment_required");
}

// The desktop and pli-cli check a link before showing the password form (CheckPasswordLinkJob):
// an empty password answers whether the link works, with the policy, and uses nothing up.
TEST(PasswordLinks, AnEmptyPasswordChecksTheLinkWithoutUsingIt)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    ASSERT_EQ(server.runAdmin({"user", "add", "dave", "--display-name", "Dave Roy", "--email",
                               "dave@example.test"}),
              0);
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "invite", "dave"}, &out), 0);
    const std::string invitation = out.substr(0, out.find('\n'));
    auto client = server.client();
    ASSERT_EQ(postJson(*client, kReset, {{"username", "alice"}})->status, 202);
    const auto reset = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(reset);

    for (const auto &[path, token, password] :
         {std::tuple{kConfirm, *reset, std::string("Reset-password-2025")},
          std::tuple{kAccept, invitation, std::string("Welcome-aboard-2025")}}) {
        auto res =
            postJson(*client, path, {{"token", "unknown-token-0123456789"}, {"new_password", ""}});
        EXPECT_EQ(res->status, 400) << path;
        EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << path;
        for (int check = 0; check < 2; ++check) {
            res = postJson(*client, path, {{"token", token}, {"new_password", ""}});
            EXPECT_EQ(res->status, 422) << path << ": " << res->body;
            EXPECT_EQ(jsonOf(res)["code"], "password_policy") << path;
            EXPECT_TRUE(jsonOf(res)["policy"].is_object()) << path << ": " << res->body;
        }
        res = postJson(*client, path, {{"token", token}, {"new_password", password}});
        EXPECT_EQ(res->status, 204) << path << ": " << res->body;
        res = postJson(*client, path, {{"token", token}, {"new_password", ""}});
        EXPECT_EQ(res->status, 400) << path;
        EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << path;
    }
}
