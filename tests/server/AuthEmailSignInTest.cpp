// Participants without an authenticator app (issue 10, seed 000): users whose second factor is a
// code e-mailed at every sign-in, and passwordless ones who sign in with their address and the
// code alone; addresses without such an account answer alike. Over real HTTP, users created by
// the admin command as administrators do.
#include "Clock.h"
#include "Crypto.h"
#include "MailText.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "UserList.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace pli::test;
using nlohmann::json;

namespace {
const std::string kLogin = "/api/v1/auth/login";
const std::string kEmailSignIn = "/api/v1/auth/email-sign-in";
const std::string kSecondFactor = "/api/v1/auth/second-factor";
const std::string kEmailCode = "/api/v1/auth/email-code";
constexpr const char *kPassword = "Strong-password-2026";

void addUser(TestServer &server, const std::string &username, std::vector<std::string> extra)
{
    std::vector<std::string> args{
        "user", "add", username, "--display-name", username, "--email", username + "@example.test"};
    args.insert(args.end(), extra.begin(), extra.end());
    ASSERT_EQ(server.runAdmin(args), 0);
}

json login(httplib::Client &client, const std::string &username,
           const std::string &password = kPassword)
{
    return jsonOf(postJson(client, kLogin, {{"username", username}, {"password", password}}));
}

json emailSignIn(httplib::Client &client, const std::string &address)
{
    return jsonOf(postJson(client, kEmailSignIn, {{"username", address}}));
}

httplib::Result submit(httplib::Client &client, const std::string &challenge,
                       const std::string &code, const std::string &method = "email")
{
    return postJson(client, kSecondFactor,
                    {{"challenge", challenge}, {"method", method}, {"code", code}});
}

// The shape of an e-mailed-code step, without its challenge.
json withoutChallenge(json step)
{
    step.erase("challenge");
    return step;
}

} // namespace

TEST(EmailSecondFactor, TheCodeIsMailedAtOnceAndSignsIn)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "eve", {"--password", kPassword, "--second-factor", "email"});
    EXPECT_EQ(listedUser(server, "eve")["second_factor"], "email");
    auto client = server.client();
    const auto step = login(*client, "eve");
    ASSERT_EQ(step["status"], "second_factor_required") << step.dump() << " (never an enrolment)";
    EXPECT_EQ(step["methods"], json({"email"}));
    EXPECT_EQ(step["email_code_sent"], true);
    EXPECT_EQ(step["resend_after"], 30);
    EXPECT_EQ(step["expires_in"], 600);
    const auto mail = server.lastMailTo("eve@example.test");
    ASSERT_TRUE(mail);
    EXPECT_EQ(mailSubject(*mail), "Your Pli sign-in code");
    const auto code = flow.mailedCode("eve@example.test");
    ASSERT_TRUE(code);

    // Only the e-mailed code: a TOTP code is a wrong code.
    auto res = submit(*client, step["challenge"], *code, "totp");
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    res = submit(*client, step["challenge"], *code);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(jsonOf(res)["status"], "authenticated");
    res = submit(*client, step["challenge"], *code);
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired") << "the code works once";
    EXPECT_EQ(listedUser(server, "eve")["totp_enrolled"], false);
}

TEST(EmailSecondFactor, TheEmailAddressSignsInAsWellAsTheUsername)
{
    TestServer server;
    addUser(server, "eve", {"--password", kPassword, "--second-factor", "email"});
    auto client = server.client();
    EXPECT_EQ(login(*client, "EVE@example.test")["status"], "second_factor_required");
    EXPECT_EQ(login(*client, "eve@example.test", "Wrong-password-1")["code"],
              "invalid_credentials");
}

TEST(EmailSecondFactor, SigningInAgainDuringTheCoolDownMailsNothingMore)
{
    TestServer server;
    addUser(server, "eve", {"--password", kPassword, "--second-factor", "email"});
    auto client = server.client();
    ASSERT_EQ(login(*client, "eve")["email_code_sent"], true);
    const auto mails = server.outbox().size();
    const auto again = login(*client, "eve");
    EXPECT_EQ(again["email_code_sent"], false);
    EXPECT_GE(again["resend_after"].get<int>(), 1);
    EXPECT_LE(again["resend_after"].get<int>(), 30);
    auto res = postJson(*client, kEmailCode, {{"challenge", again["challenge"]}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 429);
    EXPECT_LE(std::stoi(res->get_header_value("Retry-After")), 30);
    EXPECT_EQ(server.outbox().size(), mails);
}

TEST(EmailSecondFactor, TheCodeCanBeAskedAgainAfterTheCoolDown)
{
    TestServer server({"--email-code-interval", "1"});
    SignInFlow flow(server);
    addUser(server, "eve", {"--password", kPassword, "--second-factor", "email"});
    auto client = server.client();
    const auto step = login(*client, "eve");
    const auto first = flow.mailedCode("eve@example.test");
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    auto res = postJson(*client, kEmailCode, {{"challenge", step["challenge"]}});
    ASSERT_EQ(res->status, 202) << res->body;
    const auto second = flow.mailedCode("eve@example.test");
    ASSERT_TRUE(first && second);
    if (*first != *second) {
        EXPECT_EQ(jsonOf(submit(*client, step["challenge"], *first))["code"], "invalid_code");
    }
    EXPECT_EQ(submit(*client, step["challenge"], *second)->status, 200);
}

TEST(EmailSecondFactor, TheAdministratorSwitchesTheMethodBothWays)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    const auto open = login(*client, "alice", SignInFlow::kPassword);
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "set-second-factor", "alice", "email"}, &out), 0);
    EXPECT_NE(out.find("a password and an e-mailed code"), std::string::npos) << out;
    EXPECT_EQ(
        jsonOf(submit(*client, open["challenge"], *flow.freshTotpCode("alice"), "totp"))["code"],
        "challenge_expired")
        << "a sign-in in progress ends";
    EXPECT_EQ(login(*client, "alice", SignInFlow::kPassword)["methods"], json({"email"}));

    ASSERT_EQ(server.runAdmin({"user", "set-second-factor", "alice", "totp"}), 0);
    EXPECT_TRUE(flow.signIn("alice").ok()) << "the enrolled authenticator works again";
    EXPECT_EQ(server.runAdmin({"user", "set-second-factor", "alice", "sms"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "set-second-factor", "alice", "totp", "--passwordless"}), 2);
    EXPECT_EQ(server.runAdmin({"user", "set-second-factor", "nobody", "email"}), 1);
}

TEST(Passwordless, TheAddressAndTheCodeAloneSignIn)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    const auto user = listedUser(server, "guest");
    EXPECT_EQ(user["passwordless"], true);
    EXPECT_EQ(user["has_password"], false);
    auto client = server.client();
    EXPECT_EQ(login(*client, "guest", "")["code"], "invalid_credentials");

    auto res = postJson(*client, kEmailSignIn,
                        {{"username", "guest@example.test"}, {"device_name", "Guest laptop"}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto step = jsonOf(res);
    EXPECT_EQ(withoutChallenge(step), json({{"status", "second_factor_required"},
                                            {"methods", {"email"}},
                                            {"email_code_sent", true},
                                            {"resend_after", 30},
                                            {"expires_in", 600}}));
    const auto mail = server.lastMailTo("guest@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("ignore this message"), std::string::npos);
    EXPECT_EQ(mail->find("password"), std::string::npos) << "a passwordless user has none";
    const auto code = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(code);
    res = submit(*client, step["challenge"], *code);
    ASSERT_EQ(res->status, 200) << res->body;
    const auto tokens = jsonOf(res);
    EXPECT_EQ(tokens["status"], "authenticated");
    EXPECT_EQ(getWith(*client, "/api/v1/me", tokens["access_token"])->status, 200);
    auto guard = server.db().lock();
    auto st = server.db().query(
        "SELECT device_name FROM refresh_tokens WHERE token_hash = ?",
        pli::server::crypto::sha256Hex(tokens["refresh_token"].get<std::string>()));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "Guest laptop");
}

TEST(Passwordless, AddressesWithoutSuchAnAccountGetTheSameAnswers)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    addUser(server, "gone", {"--passwordless"});
    ASSERT_EQ(server.runAdmin({"user", "deactivate", "gone"}), 0);
    flow.addEnrolledUser("alice"); // signs in with a password
    auto client = server.client();
    const auto real = emailSignIn(*client, "guest@example.test");
    const auto realWrong = jsonOf(submit(*client, real["challenge"], "000000"));
    auto realResend = postJson(*client, kEmailCode, {{"challenge", real["challenge"]}});
    const auto mails = server.outbox().size();
    for (const std::string address :
         {"nobody@example.test", "gone@example.test", "alice@example.test", "alice"}) {
        auto res = postJson(*client, kEmailSignIn, {{"username", address}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200) << address;
        const auto decoy = jsonOf(res);
        EXPECT_EQ(withoutChallenge(decoy), withoutChallenge(real)) << address;
        EXPECT_EQ(decoy["challenge"].get<std::string>().size(),
                  real["challenge"].get<std::string>().size());
        const auto wrong = jsonOf(submit(*client, decoy["challenge"], "000000"));
        EXPECT_EQ(wrong, realWrong) << address;
        auto resend = postJson(*client, kEmailCode, {{"challenge", decoy["challenge"]}});
        EXPECT_EQ(resend->status, realResend->status) << address;
        EXPECT_EQ(jsonOf(resend)["code"], jsonOf(realResend)["code"]) << address;
    }
    EXPECT_EQ(server.outbox().size(), mails) << "nothing is mailed for a decoy";
    auto res = submit(*client, "not-a-challenge", "000000");
    EXPECT_EQ(jsonOf(res)["code"], "challenge_expired");
}

TEST(Passwordless, WrongCodesLockTheAccountAndDecoysAlike)
{
    TestServer server;
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    auto client = server.client();
    for (const std::string address : {"guest@example.test", "nobody@example.test"}) {
        const auto first = emailSignIn(*client, address);
        for (int remaining : {4, 3, 2})
            EXPECT_EQ(jsonOf(submit(*client, first["challenge"], "000000"))["attempts_remaining"],
                      remaining)
                << address;
        const auto second = emailSignIn(*client, address);
        EXPECT_EQ(jsonOf(submit(*client, second["challenge"], "000000"))["attempts_remaining"], 1)
            << address << ": the account's count goes on across challenges";
        EXPECT_EQ(jsonOf(submit(*client, second["challenge"], "000000"))["code"],
                  "too_many_attempts")
            << address;
        auto res = postJson(*client, kEmailSignIn, {{"username", address}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 423) << address;
        EXPECT_EQ(jsonOf(res)["code"], "account_locked") << address;
    }
    const auto token = flow.mailedToken("guest@example.test");
    ASSERT_TRUE(token) << "the real account got its unlock link";
    ASSERT_EQ(postJson(*client, "/api/v1/auth/unlock", {{"token", *token}})->status, 204);
    EXPECT_EQ(emailSignIn(*client, "guest@example.test")["status"], "second_factor_required");
}

TEST(Passwordless, AnEmailedCodeExpires)
{
    TestServer server({"--email-code-ttl", "1"});
    SignInFlow flow(server);
    addUser(server, "guest", {"--passwordless"});
    auto client = server.client();
    const auto step = emailSignIn(*client, "guest@example.test");
    const auto code = flow.mailedCode("guest@example.test");
    ASSERT_TRUE(code);
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    EXPECT_EQ(jsonOf(submit(*client, step["challenge"], *code))["code"], "invalid_code");
}

TEST(Passwordless, TheAdministratorCannotGiveThemAPasswordOrAnAuthenticator)
{
    TestServer server;
    const std::vector<std::string> base{
        "user",          "add", "guest", "--display-name", "Guest", "--email", "guest@example.test",
        "--passwordless"};
    for (const std::vector<std::string> &extra : {std::vector<std::string>{"--password", kPassword},
                                                  {"--temporary"},
                                                  {"--second-factor", "totp"}}) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        EXPECT_EQ(server.runAdmin(args), 2) << extra[0];
    }
    EXPECT_TRUE(listedUser(server, "guest").is_null()) << "nothing was created";
    ASSERT_EQ(server.runAdmin(base), 0);
    std::string out;
    ASSERT_EQ(server.runAdmin({"user", "invite", "guest"}, &out), 0);
    EXPECT_NE(out.find("e-mailed codes"), std::string::npos) << out;
    const auto mail = server.lastMailTo("guest@example.test");
    ASSERT_TRUE(mail);
    EXPECT_EQ(mail->find("token="), std::string::npos) << "no password to choose";
    EXPECT_NE(mail->find("guest@example.test"), std::string::npos);
}

TEST(MailLanguage, PliLanguageBecomesTheUsersAtSignIn)
{
    TestServer server({"--email-code-interval", "1"});
    SignInFlow flow(server);
    addUser(server, "eve", {"--password", kPassword, "--second-factor", "email"});
    EXPECT_EQ(listedUser(server, "eve")["language"], "en");
    auto client = server.client();
    const httplib::Headers french{{"Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"}};
    auto res = client->Post(kLogin.c_str(), french,
                            json({{"username", "eve"}, {"password", kPassword}}).dump(),
                            "application/json");
    ASSERT_EQ(res->status, 200) << res->body;
    auto mail = server.lastMailTo("eve@example.test");
    ASSERT_TRUE(mail);
    EXPECT_EQ(mailSubject(*mail), "Votre code de connexion Pli") << "the page asking is French";
    const auto body = mailBody(*mail);
    std::smatch code;
    ASSERT_TRUE(std::regex_search(body, code,
                                  std::regex("Votre code de connexion Pli est : "
                                             "([0-9]{6})")))
        << body;
    EXPECT_NE(body.find("Il ne sert qu’une fois, dans les 10 minutes."), std::string::npos);
    EXPECT_EQ(listedUser(server, "eve")["language"], "en") << "not before the sign-in completes";
    ASSERT_EQ(submit(*client, jsonOf(res)["challenge"], code[1].str())->status, 200);
    EXPECT_EQ(listedUser(server, "eve")["language"], "fr");

    // Later mails, whoever asks, are French.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    postJson(*client, "/api/v1/auth/password-reset", {{"username", "eve"}});
    mail = server.lastMailTo("eve@example.test");
    ASSERT_TRUE(mail);
    EXPECT_EQ(mailSubject(*mail), "Réinitialisez votre mot de passe Pli");
    ASSERT_EQ(server.runAdmin({"user", "set-language", "eve", "en"}), 0);
    EXPECT_EQ(listedUser(server, "eve")["language"], "en");
    EXPECT_EQ(server.runAdmin({"user", "set-language", "eve", "de"}), 2);
}
