// `pli-server user ...` run as a separate process on the data directory of a running server.
#include "Clock.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Totp.h"
#include "UserList.h"

#include <gtest/gtest.h>

using namespace pli::test;
using nlohmann::json;

namespace {
json login(TestServer &server, const std::string &username, const std::string &password)
{
    auto client = server.client();
    return jsonOf(
        postJson(*client, "/api/v1/auth/login", {{"username", username}, {"password", password}}));
}

std::string lineAfter(const std::string &text, const std::string &prefix)
{
    const auto at = text.find(prefix);
    if (at == std::string::npos)
        return {};
    const auto start = at + prefix.size();
    return text.substr(start, text.find('\n', start) - start);
}

std::string firstLine(const std::string &text)
{
    return text.substr(0, text.find('\n'));
}

bool accessWorks(TestServer &server, const std::string &token)
{
    auto client = server.client();
    auto res = postJson(*client, "/api/v1/auth/password", json::object(), token);
    return res && res->status == 400;
}
} // namespace

TEST(UserCommands, AddCreatesTheUserAndAVerifiedPersona)
{
    TestServer server;
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "add", "erin", "--display-name", "Erin Gray", "--email",
                               "erin@example.test", "--organization", "CIUSSS", "--collaborator",
                               "--password", "Strong-password-1"},
                              &out),
              0);
    EXPECT_NE(out.find("created user erin"), std::string::npos);
    const auto user = listedUser(server, "erin");
    ASSERT_TRUE(user.is_object());
    EXPECT_EQ(user["display_name"], "Erin Gray");
    EXPECT_EQ(user["email"], "erin@example.test");
    EXPECT_EQ(user["organization"], "CIUSSS");
    EXPECT_EQ(user["role"], "collaborator");
    EXPECT_EQ(user["has_password"], true);
    EXPECT_EQ(user["password_must_change"], false);
    EXPECT_EQ(user["totp_enrolled"], false);
    {
        auto guard = server.db().lock();
        auto st = server.db().query("SELECT p.email, p.display_name, p.verified FROM personas p "
                                    "JOIN users u ON u.id = p.user_id WHERE u.username = 'erin'");
        ASSERT_TRUE(st.next());
        EXPECT_EQ(st.text(0), "erin@example.test");
        EXPECT_EQ(st.text(1), "Erin Gray");
        EXPECT_EQ(st.integer(2), 1);
    }
    EXPECT_EQ(login(server, "erin", "Strong-password-1")["status"], "totp_enrollment_required");
}

TEST(UserCommands, AddRefusesBadInputAndDuplicates)
{
    TestServer server;
    const std::vector<std::string> base{
        "user", "add", "erin", "--display-name", "Erin", "--email", "erin@example.test"};
    ASSERT_EQ(server.runAdmin(base), 0);
    EXPECT_EQ(server.runAdmin(base), 1); // username taken
    EXPECT_EQ(server.runAdmin(
                  {"user", "add", "other", "--display-name", "O", "--email", "ERIN@example.test"}),
              1); // e-mail taken (case does not matter)
    EXPECT_EQ(server.runAdmin(
                  {"user", "add", "bad name", "--display-name", "B", "--email", "b@example.test"}),
              1);
    EXPECT_EQ(server.runAdmin({"user", "add", "bob", "--display-name", "B", "--email", "nope"}), 1);
    EXPECT_EQ(server.runAdmin({"user", "add", "bob", "--display-name", "B", "--email",
                               "b@example.test", "--password", "weak"}),
              1);
    EXPECT_EQ(server.runAdmin({"user", "add", "bob", "--email", "b@example.test"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "add", "bob", "--display-name", "B", "--email",
                               "b@example.test", "--password", "Strong-password-1", "--temporary"}),
              2);
    EXPECT_EQ(server.runAdmin({"user", "add"}), 2);
    EXPECT_TRUE(listedUser(server, "bob").is_null());
}

TEST(UserCommands, TemporaryPasswordMustBeChangedAtFirstSignIn)
{
    TestServer server;
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "add", "fred", "--display-name", "Fred", "--email",
                               "fred@example.test", "--temporary"},
                              &out),
              0);
    const auto temporary = lineAfter(out, "temporary password: ");
    ASSERT_FALSE(temporary.empty()) << out;
    EXPECT_EQ(listedUser(server, "fred")["password_must_change"], true);
    EXPECT_EQ(login(server, "fred", temporary)["status"], "password_change_required");
}

TEST(UserCommands, WithoutPasswordTheUserWaitsForTheInvitation)
{
    TestServer server;
    ASSERT_EQ(server.runAdmin({"user", "add", "gina", "--display-name", "Gina", "--email",
                               "gina@example.test"}),
              0);
    EXPECT_EQ(listedUser(server, "gina")["has_password"], false);
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "invite", "gina"}, &out), 0);
    const auto mail = server.lastMailTo("gina@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("token=" + firstLine(out)), std::string::npos);
    EXPECT_EQ(server.runAdmin({"user", "invite", "nobody"}), 1);
}

TEST(UserCommands, DeactivateEndsSessionsAndActivateRestoresSignIn)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("hugo");
    const auto session = flow.signIn("hugo");
    ASSERT_TRUE(session.ok());
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "deactivate", "hugo"}, &out), 0);
    EXPECT_EQ(firstLine(out), "user hugo deactivated");
    EXPECT_FALSE(accessWorks(server, session.accessToken));
    EXPECT_EQ(login(server, "hugo", SignInFlow::kPassword)["code"], "invalid_credentials");
    EXPECT_EQ(listedUser(server, "hugo")["active"], false);
    ASSERT_EQ(server.runAdmin({"user", "activate", "hugo"}), 0);
    EXPECT_EQ(login(server, "hugo", SignInFlow::kPassword)["status"], "second_factor_required");
}

TEST(UserCommands, UnlockClearsTheLock)
{
    TestServer server;
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("ines");
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET locked = 1, failed_logins = 5 WHERE id = ?", id);
    }
    EXPECT_EQ(listedUser(server, "ines")["locked"], true);
    ASSERT_EQ(server.runAdmin({"user", "unlock", "ines"}), 0);
    EXPECT_EQ(listedUser(server, "ines")["locked"], false);
    EXPECT_EQ(login(server, "ines", SignInFlow::kPassword)["status"], "second_factor_required");
}

TEST(UserCommands, ResetPasswordSetsATemporaryPasswordAndEndsSessions)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("jude");
    const auto session = flow.signIn("jude");
    ASSERT_TRUE(session.ok());
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "reset-password", "jude"}, &out), 0);
    const auto temporary = firstLine(out);
    EXPECT_EQ(temporary.size(), 23u);
    EXPECT_FALSE(accessWorks(server, session.accessToken));
    EXPECT_EQ(login(server, "jude", SignInFlow::kPassword)["code"], "invalid_credentials");
    EXPECT_EQ(login(server, "jude", temporary)["status"], "password_change_required");

    ASSERT_EQ(
        server.runAdmin({"user", "reset-password", "jude", "--password", "Given-temp-123"}, &out),
        0);
    EXPECT_EQ(firstLine(out), "Given-temp-123");
    EXPECT_EQ(login(server, "jude", "Given-temp-123")["status"], "password_change_required");
}

TEST(UserCommands, SetTotpAllowsSigningInWithAKnownSecret)
{
    TestServer server;
    server.addUser("kim", "participant", SignInFlow::kPassword);
    EXPECT_EQ(server.runAdmin({"user", "set-totp", "kim", "--secret", "not base32!"}), 1);
    EXPECT_EQ(server.runAdmin({"user", "set-totp", "kim"}), 2);
    ASSERT_EQ(server.runAdmin({"user", "set-totp", "kim", "--secret", "jbsw y3dp ehpk 3pxp",
                               "--device-name", "oathtool"}),
              0);
    const auto user = listedUser(server, "kim");
    EXPECT_EQ(user["totp_enrolled"], true);
    EXPECT_EQ(user["totp_device_name"], "oathtool");
    SignInFlow flow(server);
    EXPECT_TRUE(flow.signIn("kim", SignInFlow::kPassword, "JBSWY3DPEHPK3PXP").ok());
}

TEST(UserCommands, TotpResetMakesTheNextSignInEnrol)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("lea");
    const auto session = flow.signIn("lea");
    ASSERT_TRUE(session.ok());
    ASSERT_EQ(server.runAdmin({"user", "totp-reset", "lea"}), 0);
    EXPECT_FALSE(accessWorks(server, session.accessToken));
    EXPECT_EQ(login(server, "lea", SignInFlow::kPassword)["status"], "totp_enrollment_required");
}

TEST(UserCommands, TokenPrintsAWorkingAccessToken)
{
    TestServer server;
    const auto id = server.addUser("max");
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "token", "max", "--ttl", "120"}, &out), 0);
    const auto token = firstLine(out);
    EXPECT_TRUE(accessWorks(server, token));
    {
        auto guard = server.db().lock();
        auto st = server.db().query("SELECT expires_at - ?, family_id IS NULL FROM access_tokens "
                                    "WHERE user_id = ?",
                                    pli::server::nowSeconds(), id);
        ASSERT_TRUE(st.next());
        EXPECT_NEAR(st.integer(0), 120, 5);
        EXPECT_EQ(st.integer(1), 1);
    }
    EXPECT_EQ(server.runAdmin({"user", "token", "max", "--ttl", "soon"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "token", "max", "--ttl", "-5"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "deactivate", "max"}), 0);
    EXPECT_EQ(server.runAdmin({"user", "token", "max"}), 1);
}

TEST(UserCommands, ListShowsEveryUserWithItsStatus)
{
    TestServer server;
    ASSERT_EQ(server.runAdmin(
                  {"user", "add", "zoe", "--display-name", "Zoé", "--email", "zoe@example.test"}),
              0);
    SignInFlow(server).addEnrolledUser("anna");
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "list"}, &out), 0);
    const auto anna = out.find("anna");
    const auto zoe = out.find("zoe");
    ASSERT_NE(anna, std::string::npos);
    ASSERT_NE(zoe, std::string::npos);
    EXPECT_LT(anna, zoe);
    EXPECT_NE(out.find("active,no-password,no-totp"), std::string::npos) << out;
}

TEST(UserCommands, WrongInvocationsAreUsageErrors)
{
    TestServer server;
    EXPECT_EQ(server.runAdmin({"user"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "frobnicate", "x"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "unlock"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "unlock", "a", "b"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "unlock", "nobody"}), 1);
    std::string out;
    EXPECT_EQ(server.runAdmin({"--help"}, &out), 0);
    EXPECT_NE(out.find("user set-totp USERNAME --secret BASE32"), std::string::npos);
}
