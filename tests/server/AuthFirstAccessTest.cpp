// The first sign-ins over real HTTP: enrolling the authenticator, changing a temporary or
// expired password, in the order the server asks for them.
#include "Clock.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Totp.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace pli::test;
using nlohmann::json;
namespace totp = pli::server::totp;

namespace {
const std::string kLogin = "/api/v1/auth/login";
const std::string kEnrollment = "/api/v1/auth/totp-enrollment";
const std::string kPassword = "/api/v1/auth/password";

json login(httplib::Client &client, const std::string &username,
           const std::string &password = SignInFlow::kPassword)
{
    return jsonOf(postJson(client, kLogin, {{"username", username}, {"password", password}}));
}
} // namespace

TEST(FirstAccess, FirstSignInEnrolsTheAuthenticator)
{
    TestServer server({"--enrollment-ttl", "120"});
    SignInFlow flow(server);
    const auto id = server.addUser("alice.martin", "participant", SignInFlow::kPassword);
    auto client = server.client();
    const auto step = login(*client, "alice.martin");
    ASSERT_EQ(step["status"], "totp_enrollment_required") << step.dump();
    EXPECT_EQ(step["expires_in"], 120);
    const std::string secret = step["secret"];
    EXPECT_EQ(secret.size(), 32u); // 160 bits, no padding
    EXPECT_EQ(step["otpauth_uri"], "otpauth://totp/Pli:alice.martin?secret=" + secret +
                                       "&issuer=Pli&digits=6&period=30");
    const std::string challenge = step["challenge"];
    const std::string code = totp::codeAt(secret, pli::server::nowSeconds());

    // The device must be named: 1 to 64 characters after trimming.
    for (const json &bad : {json(nullptr), json("   "), json(std::string(65, 'x')), json(7)}) {
        json body = {{"challenge", challenge}, {"code", code}};
        if (!bad.is_null())
            body["device_name"] = bad;
        auto res = postJson(*client, kEnrollment, body);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << bad.dump();
        EXPECT_EQ(jsonOf(res)["field"], "device_name");
    }
    auto res = postJson(*client, kEnrollment,
                        {{"challenge", challenge},
                         {"code", code == "000000" ? "111111" : "000000"},
                         {"device_name", "phone"}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    EXPECT_EQ(jsonOf(res)["attempts_remaining"], 4);

    res = postJson(*client, kEnrollment,
                   {{"challenge", challenge}, {"code", code}, {"device_name", "  Pixel de Léa  "}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(jsonOf(res)["status"], "authenticated");
    {
        auto guard = server.db().lock();
        auto st =
            server.db().query("SELECT totp_secret, totp_device_name FROM users WHERE id = ?", id);
        ASSERT_TRUE(st.next());
        EXPECT_EQ(st.text(0), secret);
        EXPECT_EQ(st.text(1), "Pixel de Léa");
    }
    // The next sign-in asks for the second factor of the enrolled authenticator.
    EXPECT_TRUE(flow.signIn("alice.martin", SignInFlow::kPassword, secret).ok());
}

TEST(FirstAccess, EnrolmentExpiresQuickly)
{
    TestServer server({"--enrollment-ttl", "1"});
    server.addUser("alice", "participant", SignInFlow::kPassword);
    auto client = server.client();
    const auto step = login(*client, "alice");
    ASSERT_EQ(step["status"], "totp_enrollment_required");
    EXPECT_EQ(step["expires_in"], 1);
    // The challenge lives for one whole second of the server's clock; wait past it.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    auto res =
        postJson(*client, kEnrollment,
                 {{"challenge", step["challenge"]},
                  {"code", totp::codeAt(std::string(step["secret"]), pli::server::nowSeconds())},
                  {"device_name", "phone"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired");
}

TEST(FirstAccess, TemporaryPasswordIsChangedThenTheAuthenticatorEnrolled)
{
    TestServer server;
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "add", "carol", "--display-name", "Carol", "--email",
                               "carol@example.test", "--temporary"},
                              &out),
              0);
    const auto at = out.find("temporary password: ");
    ASSERT_NE(at, std::string::npos) << out;
    const std::string temporary = out.substr(at + 20, out.find('\n', at) - at - 20);

    auto client = server.client();
    const auto step = login(*client, "carol", temporary);
    ASSERT_EQ(step["status"], "password_change_required") << step.dump();
    EXPECT_EQ(
        step["policy"],
        json::parse(R"({"min_length":14,"max_length":64,"require":["upper","digit_or_symbol"]})"));
    EXPECT_EQ(step["expires_in"], 600);
    const std::string challenge = step["challenge"];

    auto res = postJson(*client, kPassword, {{"challenge", challenge}, {"new_password", "short"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 422);
    EXPECT_EQ(jsonOf(res)["code"], "password_policy");
    EXPECT_EQ(jsonOf(res)["unmet"], json({"min_length", "upper", "digit_or_symbol"}));
    res = postJson(*client, kPassword, {{"challenge", challenge}, {"new_password", temporary}});
    EXPECT_EQ(jsonOf(res)["unmet"], json({"not_current"}));
    res = postJson(*client, kPassword,
                   {{"challenge", challenge}, {"new_password", "Carol-is-here-2024"}});
    EXPECT_EQ(jsonOf(res)["unmet"], json({"not_username"}));

    res = postJson(*client, kPassword,
                   {{"challenge", challenge}, {"new_password", "Fresh-and-long-2024"}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto enrol = jsonOf(res);
    ASSERT_EQ(enrol["status"], "totp_enrollment_required");
    res = postJson(*client, kEnrollment,
                   {{"challenge", enrol["challenge"]},
                    {"code", totp::codeAt(std::string(enrol["secret"]), pli::server::nowSeconds())},
                    {"device_name", "Carol's phone"}});
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(jsonOf(res)["status"], "authenticated");

    // The password challenge is spent; the temporary password is gone.
    res = postJson(*client, kPassword,
                   {{"challenge", challenge}, {"new_password", "Another-long-2024"}});
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired");
    EXPECT_EQ(login(*client, "carol", temporary)["code"], "invalid_credentials");
    EXPECT_EQ(login(*client, "carol", "Fresh-and-long-2024")["status"], "second_factor_required");
}

TEST(FirstAccess, ExpiredPasswordMustBeChanged)
{
    TestServer server;
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET password_changed_at = ? WHERE id = ?",
                            pli::server::nowSeconds() - 366 * 24 * 3600, id);
    }
    auto client = server.client();
    const auto step = login(*client, "alice");
    ASSERT_EQ(step["status"], "password_change_required");
    auto res = postJson(*client, kPassword,
                        {{"challenge", step["challenge"]}, {"new_password", "New-password-2025"}});
    ASSERT_EQ(res->status, 200) << res->body;
    // Enrolled already: the next step is the second factor.
    EXPECT_EQ(jsonOf(res)["status"], "second_factor_required");
}
