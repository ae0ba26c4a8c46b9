// Sessions after sign-in over real HTTP: refresh-token rotation, reuse detection, logout and
// the signed-in password change.
#include "Clock.h"
#include "Crypto.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace pli::test;
using nlohmann::json;

namespace {
const std::string kRefresh = "/api/v1/auth/refresh";
const std::string kLogout = "/api/v1/auth/logout";
const std::string kPassword = "/api/v1/auth/password";

// Whether the server takes an access token: /auth/password with no fields answers 400 to a
// signed-in caller and 401 unauthorized to anyone else, without touching anything.
bool accessWorks(TestServer &server, const std::string &token)
{
    auto client = server.client();
    auto res = postJson(*client, kPassword, json::object(), token);
    EXPECT_TRUE(res && (res->status == 400 || res->status == 401));
    return res && res->status == 400;
}

httplib::Result refresh(TestServer &server, const std::string &token)
{
    auto client = server.client();
    return postJson(*client, kRefresh, {{"refresh_token", token}});
}
} // namespace

TEST(Refresh, RotatesTheRefreshToken)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    const auto session = flow.signIn("alice");
    ASSERT_TRUE(session.ok());

    auto res = refresh(server, session.refreshToken);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto pair = jsonOf(res);
    EXPECT_EQ(pair["status"], "authenticated");
    EXPECT_EQ(pair["expires_in"], 900);
    EXPECT_NE(pair["refresh_token"], session.refreshToken);
    EXPECT_NE(pair["access_token"], session.accessToken);
    EXPECT_TRUE(accessWorks(server, pair["access_token"]));

    // Both belong to the same family; the presented one is spent.
    auto guard = server.db().lock();
    auto st = server.db().query(
        "SELECT used, family_id FROM refresh_tokens WHERE token_hash IN (?, ?) ORDER BY used",
        pli::server::crypto::sha256Hex(session.refreshToken),
        pli::server::crypto::sha256Hex(std::string(pair["refresh_token"])));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 0);
    const std::string family = st.text(1);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 1);
    EXPECT_EQ(st.text(1), family);
}

TEST(Refresh, ReusingASpentTokenEndsTheWholeFamily)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    const auto stolen = flow.signIn("alice");
    const auto other = flow.signIn("alice"); // another device: another family
    ASSERT_TRUE(stolen.ok() && other.ok());

    const auto rotated = jsonOf(refresh(server, stolen.refreshToken));
    ASSERT_EQ(rotated["status"], "authenticated");
    auto res = refresh(server, stolen.refreshToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");

    // Everything of that family stops working, the other session does not.
    EXPECT_EQ(refresh(server, rotated["refresh_token"])->status, 401);
    EXPECT_FALSE(accessWorks(server, rotated["access_token"]));
    EXPECT_FALSE(accessWorks(server, stolen.accessToken));
    EXPECT_TRUE(accessWorks(server, other.accessToken));
    EXPECT_EQ(refresh(server, other.refreshToken)->status, 200);
}

TEST(Refresh, RefusesUnknownExpiredAndDeactivatedUsersTokens)
{
    TestServer server;
    SignInFlow flow(server);
    const auto id = flow.addEnrolledUser("alice");
    EXPECT_EQ(jsonOf(refresh(server, "made-up"))["code"], "invalid_token");

    const auto first = flow.signIn("alice");
    const auto second = flow.signIn("alice");
    ASSERT_TRUE(first.ok() && second.ok());
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE refresh_tokens SET expires_at = ? WHERE token_hash = ?",
                            pli::server::nowSeconds() - 1,
                            pli::server::crypto::sha256Hex(first.refreshToken));
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", id);
    }
    auto res = refresh(server, first.refreshToken);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    res = refresh(server, second.refreshToken);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
}

TEST(Logout, EndsTheSessionOnly)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    const auto laptop = flow.signIn("alice");
    const auto phone = flow.signIn("alice");
    ASSERT_TRUE(laptop.ok() && phone.ok());
    auto client = server.client();

    auto res = client->Post(kLogout.c_str(), bearer(laptop.accessToken), "", "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    EXPECT_FALSE(accessWorks(server, laptop.accessToken));
    EXPECT_EQ(jsonOf(refresh(server, laptop.refreshToken))["code"], "invalid_token");
    EXPECT_TRUE(accessWorks(server, phone.accessToken));

    res = client->Post(kLogout.c_str(), "", "application/json");
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "unauthorized");
}

TEST(Logout, WithARefreshTokenAlsoEndsThatSession)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    flow.addEnrolledUser("bob");
    const auto alice = flow.signIn("alice");
    const auto bob = flow.signIn("bob");
    ASSERT_TRUE(alice.ok() && bob.ok());
    auto client = server.client();

    // Someone else's refresh token is not ended by alice's logout.
    auto res = postJson(*client, kLogout, {{"refresh_token", bob.refreshToken}}, alice.accessToken);
    EXPECT_EQ(res->status, 204);
    EXPECT_FALSE(accessWorks(server, alice.accessToken));
    EXPECT_EQ(refresh(server, bob.refreshToken)->status, 200);

    // Her other session, named by its refresh token, ends with this one.
    const auto second = flow.signIn("alice");
    const auto third = flow.signIn("alice");
    res = postJson(*client, kLogout, {{"refresh_token", second.refreshToken}}, third.accessToken);
    EXPECT_EQ(res->status, 204);
    EXPECT_FALSE(accessWorks(server, second.accessToken));
    EXPECT_FALSE(accessWorks(server, third.accessToken));
    EXPECT_EQ(refresh(server, second.refreshToken)->status, 401);
}

TEST(Logout, EndsATokenWithoutSession)
{
    TestServer server;
    const auto id = server.addUser("script");
    const auto token = server.tokenFor(id); // as minted by `pli-server user token`
    const auto other = server.tokenFor(id);
    auto client = server.client();
    auto res = client->Post(kLogout.c_str(), bearer(token), "", "application/json");
    EXPECT_EQ(res->status, 204);
    EXPECT_FALSE(accessWorks(server, token));
    EXPECT_TRUE(accessWorks(server, other));
}

TEST(PasswordChangeSignedIn, NeedsTheCurrentPasswordAndEndsOtherSessions)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    const auto here = flow.signIn("alice");
    const auto elsewhere = flow.signIn("alice");
    ASSERT_TRUE(here.ok() && elsewhere.ok());
    auto client = server.client();

    auto res = postJson(
        *client, kPassword,
        {{"current_password", "Wrong-password-1"}, {"new_password", "Brand-new-password-1"}},
        here.accessToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_credentials");
    res = postJson(
        *client, kPassword,
        {{"current_password", SignInFlow::kPassword}, {"new_password", SignInFlow::kPassword}},
        here.accessToken);
    EXPECT_EQ(res->status, 422);
    EXPECT_EQ(jsonOf(res)["unmet"], json({"not_current"}));
    res = postJson(*client, kPassword,
                   {{"current_password", SignInFlow::kPassword}, {"new_password", "lowercase-1"}},
                   here.accessToken);
    EXPECT_EQ(jsonOf(res)["unmet"], json({"min_length", "upper"}));

    res = postJson(
        *client, kPassword,
        {{"current_password", SignInFlow::kPassword}, {"new_password", "Brand-new-password-1"}},
        here.accessToken);
    EXPECT_EQ(res->status, 204) << res->body;
    EXPECT_TRUE(accessWorks(server, here.accessToken));
    EXPECT_FALSE(accessWorks(server, elsewhere.accessToken));
    EXPECT_EQ(refresh(server, elsewhere.refreshToken)->status, 401);
    EXPECT_EQ(refresh(server, here.refreshToken)->status, 200);

    res = postJson(*client, kPassword,
                   {{"current_password", "x"}, {"new_password", "Brand-new-password-2"}});
    EXPECT_EQ(jsonOf(res)["code"], "unauthorized");
}
