// The links of the server's e-mails (issue 10): invitation, password reset, unlock and
// conversation links in both forms (pli: naming the server, and the server's /open/ page), each
// working once and only on its server; the /open/ pages; notices in the recipient's language;
// tokens never in the log. Over real HTTP, with the admin commands as administrators use them.
#include "Clock.h"
#include "Crypto.h"
#include "MailText.h"
#include "SignInFlow.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace pli::test;
using nlohmann::json;

namespace {
constexpr const char *kPassword = "Strong-password-2026";

void addUser(TestServer &server, const std::string &username, std::vector<std::string> extra = {})
{
    std::vector<std::string> args{
        "user", "add", username, "--display-name", username, "--email", username + "@example.test"};
    args.insert(args.end(), extra.begin(), extra.end());
    ASSERT_EQ(server.runAdmin(args), 0);
}

std::string invite(TestServer &server, const std::string &username)
{
    std::string out;
    EXPECT_EQ(server.runAdmin({"user", "invite", username}, &out), 0);
    return out.substr(0, out.find('\n'));
}

// Every long base64url-looking word of a text: what could be a secret.
std::set<std::string> secretLookingWords(const std::string &text)
{
    std::set<std::string> words;
    const std::regex word("[A-Za-z0-9_-]{20,}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word);
         it != std::sregex_iterator(); ++it)
        words.insert(it->str());
    return words;
}

httplib::Result page(TestServer &server, const std::string &path, const std::string &language = "")
{
    auto client = server.client();
    httplib::Headers headers;
    if (!language.empty())
        headers.emplace("Accept-Language", language);
    return client->Get(path.c_str(), headers);
}

// The page offers exactly `appLink`, in both languages, and loads nothing.
void expectOpenPage(const httplib::Result &res, const std::string &appLink)
{
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_EQ(csp.rfind("default-src 'none'; style-src 'sha256-", 0), 0u) << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer");
    const std::string &html = res->body;
    std::string escaped = std::regex_replace(appLink, std::regex("&"), "&amp;");
    EXPECT_NE(html.find("href=\"" + escaped + "\""), std::string::npos) << html;
    EXPECT_NE(html.find("Ouvrir dans Pli"), std::string::npos);
    EXPECT_NE(html.find("Open in Pli"), std::string::npos);
    EXPECT_NE(html.find("<section lang=\"fr\">"), std::string::npos);
    EXPECT_NE(html.find("<section lang=\"en\">"), std::string::npos);
    for (const char *external : {"<script", "src=", "<link", "url(", "@import"})
        EXPECT_EQ(html.find(external), std::string::npos) << external;
}
} // namespace

TEST(EmailLinks, TheInvitationLinkNamesItsServerAndWorksOnce)
{
    TestServer server;
    addUser(server, "dave");
    const std::string token = invite(server, "dave");
    ASSERT_FALSE(token.empty());
    const auto mail = server.lastMailTo("dave@example.test");
    ASSERT_TRUE(mail);
    const std::string appLink =
        "pli://auth/invitation?token=" + token + "&server=" + server.baseUrl();
    const std::string webLink = server.baseUrl() + "/open/auth/invitation?token=" + token;
    EXPECT_NE(mail->find("  " + appLink + "\n"), std::string::npos) << *mail;
    EXPECT_NE(mail->find("  " + webLink + "\n"), std::string::npos) << *mail;
    EXPECT_EQ(secretLookingWords(mailBody(*mail)), std::set<std::string>{token})
        << "no secret but the one-time token";

    expectOpenPage(page(server, "/open/auth/invitation?token=" + token), appLink);
    auto client = server.client();
    auto res = postJson(*client, "/api/v1/auth/invitations/accept",
                        {{"token", token}, {"new_password", kPassword}});
    EXPECT_EQ(res->status, 204) << res->body;
    res = postJson(*client, "/api/v1/auth/invitations/accept",
                   {{"token", token}, {"new_password", "Another-password-2026"}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
}

TEST(EmailLinks, ResetAndUnlockLinksComeInBothFormsAndExpire)
{
    TestServer server({"--max-failed-logins", "2"});
    SignInFlow flow(server);
    flow.addEnrolledUser("alice");
    auto client = server.client();
    postJson(*client, "/api/v1/auth/password-reset", {{"username", "alice"}});
    const auto reset = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(reset);
    auto mail = server.lastMailTo("alice@example.test");
    const std::string resetApp =
        "pli://auth/password-reset?token=" + *reset + "&server=" + server.baseUrl();
    EXPECT_NE(mail->find(resetApp), std::string::npos) << *mail;
    EXPECT_NE(mail->find(server.baseUrl() + "/open/auth/password-reset?token=" + *reset),
              std::string::npos);
    EXPECT_EQ(secretLookingWords(mailBody(*mail)), std::set<std::string>{*reset});
    expectOpenPage(page(server, "/open/auth/password-reset?token=" + *reset), resetApp);

    for (int i = 0; i < 2; ++i)
        postJson(*client, "/api/v1/auth/login",
                 {{"username", "alice"}, {"password", "Wrong-password-1"}});
    mail = server.lastMailTo("alice@example.test");
    ASSERT_EQ(mailSubject(*mail), "Your Pli account is locked");
    const auto unlock = flow.mailedToken("alice@example.test");
    ASSERT_TRUE(unlock);
    const std::string unlockApp =
        "pli://auth/unlock?token=" + *unlock + "&server=" + server.baseUrl();
    EXPECT_NE(mail->find(unlockApp), std::string::npos);
    EXPECT_NE(mail->find(server.baseUrl() + "/open/auth/unlock?token=" + *unlock),
              std::string::npos);
    expectOpenPage(page(server, "/open/auth/unlock?token=" + *unlock), unlockApp);

    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE one_time_tokens SET expires_at = ?",
                            pli::server::nowSeconds() - 1);
    }
    auto res = postJson(*client, "/api/v1/auth/unlock", {{"token", *unlock}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << "expired";
    res = postJson(*client, "/api/v1/auth/password-reset/confirm",
                   {{"token", *reset}, {"new_password", kPassword}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token") << "expired";
}

TEST(EmailLinks, AnotherServerRefusesTheLinks)
{
    TestServer first;
    TestServer second;
    for (TestServer *server : {&first, &second})
        addUser(*server, "dave");
    const std::string token = invite(first, "dave");
    auto client = second.client();
    auto res = postJson(*client, "/api/v1/auth/invitations/accept",
                        {{"token", token}, {"new_password", kPassword}});
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    res = postJson(*client, "/api/v1/auth/password-reset/confirm",
                   {{"token", token}, {"new_password", kPassword}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    res = postJson(*client, "/api/v1/auth/unlock", {{"token", token}});
    EXPECT_EQ(jsonOf(res)["code"], "invalid_token");
    // ...and the link still works on its own server.
    auto own = first.client();
    res = postJson(*own, "/api/v1/auth/invitations/accept",
                   {{"token", token}, {"new_password", kPassword}});
    EXPECT_EQ(res->status, 204) << res->body;
}

TEST(EmailLinks, LinksNameThePublicUrl)
{
    TestServer server({"--public-url", "HTTPS://Pli.Example.org/secure/"});
    addUser(server, "dave");
    const std::string token = invite(server, "dave");
    auto mail = server.lastMailTo("dave@example.test");
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find("pli://auth/invitation?token=" + token +
                         "&server=https://pli.example.org/secure\n"),
              std::string::npos)
        << *mail;
    EXPECT_NE(mail->find("https://pli.example.org/secure/open/auth/invitation?token=" + token),
              std::string::npos);
    expectOpenPage(page(server, "/open/auth/invitation?token=" + token),
                   "pli://auth/invitation?token=" + token +
                       "&server=https://pli.example.org/secure");

    // An administrator may name another address for one command.
    ASSERT_EQ(
        server.runAdmin({"user", "invite", "dave", "--public-url", "https://other.test:8443"}), 0);
    mail = server.lastMailTo("dave@example.test");
    EXPECT_NE(mail->find("&server=https://other.test:8443\n"), std::string::npos) << *mail;
    EXPECT_EQ(server.runAdmin({"user", "invite", "dave", "--public-url", "ftp://other.test"}), 2);
}

TEST(OpenPages, MalformedLinksSaySoInBothLanguages)
{
    TestServer server;
    for (const std::string path : {"/open/auth/unlock", "/open/auth/unlock?token=short",
                                   "/open/auth/invitation?token=abcdefghijklmnopqrstuv%3Cscript%3E",
                                   "/open/conversation/c_1%20x"}) {
        auto res = page(server, path, "fr-FR");
        ASSERT_TRUE(res) << path;
        EXPECT_EQ(res->status, 400) << path;
        EXPECT_NE(res->body.find("<html lang=\"fr\">"), std::string::npos) << "French first";
        EXPECT_NE(res->body.find("Ce lien est incomplet"), std::string::npos) << path;
        EXPECT_NE(res->body.find("This link is incomplete"), std::string::npos) << path;
        EXPECT_EQ(res->body.find("pli://"), std::string::npos) << path;
        EXPECT_EQ(res->body.find("<script"), std::string::npos) << path;
        EXPECT_FALSE(res->get_header_value("Content-Security-Policy").empty());
    }
    auto res = page(server, "/open/auth/other?token=abcdefghijklmnopqrstuvwxyz");
    EXPECT_EQ(res->status, 404);
    res = page(server, "/open/conversation/c_123", "en-GB,fr;q=0.5");
    EXPECT_NE(res->body.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(res->body.find("Open the message"), std::string::npos);
    EXPECT_NE(res->body.find("Accéder au message"), std::string::npos);
}

TEST(OpenPages, TokensNeverReachTheLog)
{
    TestServer server;
    const std::vector<std::string> secrets{"SecretUnlockToken_0123456789",
                                           "SecretInPath_0123456789",
                                           "SecretAfterSemicolon_0123456789"};
    page(server, "/open/auth/unlock?token=" + secrets[0]);
    page(server, "/open/auth/invitation/token=" + secrets[1] + "/x");
    page(server, "/api/v1/me;token=" + secrets[2]);
    server.stop();
    const std::string log = server.log();
    EXPECT_NE(log.find("GET /open/auth/unlock 200"), std::string::npos) << log;
    EXPECT_NE(log.find("token=[redacted]"), std::string::npos) << log;
    for (const auto &secret : secrets)
        EXPECT_EQ(log.find(secret), std::string::npos) << "the log shows " << secret;
}

TEST(Notices, CarryTheConversationLinkInTheRecipientsLanguage)
{
    TestServer server;
    addUser(server, "marie", {"--collaborator", "--password", kPassword});
    addUser(server, "jean", {"--language", "fr"});
    addUser(server, "anne");
    std::string out;
    ASSERT_EQ(server.runAdmin({"conversation", "create", "--from", "marie@example.test", "--to",
                               "jean@example.test", "--to", "anne@example.test", "--title",
                               "Cartes d'accès", "--body", "Secret body 42"},
                              &out),
              0);
    const std::string id = out.substr(0, out.find('\n'));
    const std::string appLink = "pli://conversation/" + id + "?server=" + server.baseUrl();
    const std::string webLink = server.baseUrl() + "/open/conversation/" + id;

    const auto french = server.lastMailTo("jean@example.test");
    ASSERT_TRUE(french);
    EXPECT_EQ(mailSubject(*french),
              "marie@example.test vous a envoyé un message sécurisé dans Pli : Cartes d'accès");
    const std::string frenchBody = mailBody(*french);
    for (const std::string &text :
         {std::string("Vous avez reçu un nouveau message."),
          std::string("marie@example.test a lancé avec vous la conversation « Cartes d'accès »."),
          std::string("Accéder au message dans Pli :"), "  " + appLink + "\r\n",
          "  " + webLink + "\r\n"})
        EXPECT_NE(frenchBody.find(text), std::string::npos) << text << "\n" << frenchBody;
    EXPECT_EQ(frenchBody.find("Secret body 42"), std::string::npos);

    const auto english = server.lastMailTo("anne@example.test");
    ASSERT_TRUE(english);
    EXPECT_EQ(mailSubject(*english),
              "marie@example.test sent you a secure message in Pli: Cartes d'accès");
    const std::string englishBody = mailBody(*english);
    for (const std::string &text :
         {std::string("You have received a new message."),
          std::string("marie@example.test started the conversation \"Cartes d'accès\""),
          std::string("Open the message in Pli:"), "  " + appLink + "\r\n",
          "  " + webLink + "\r\n"})
        EXPECT_NE(englishBody.find(text), std::string::npos) << text << "\n" << englishBody;
    EXPECT_EQ(englishBody.find("Secret body 42"), std::string::npos);

    // A reply: "a new message" to the others, the same link.
    ASSERT_EQ(server.runAdmin({"user", "token", "jean"}, &out), 0);
    auto client = server.client();
    auto res = postJson(*client, "/api/v1/conversations/" + id + "/messages",
                        {{"body", "Reply body 43"}}, out.substr(0, out.find('\n')));
    ASSERT_EQ(res->status, 201) << res->body;
    const auto reply = server.lastMailTo("marie@example.test");
    ASSERT_TRUE(reply);
    EXPECT_NE(reply->find("jean@example.test sent you a secure message in the conversation "
                          "\"Cartes d'accès\"."),
              std::string::npos)
        << *reply;
    EXPECT_NE(reply->find(appLink), std::string::npos);
    EXPECT_EQ(reply->find("Reply body 43"), std::string::npos);
    expectOpenPage(page(server, "/open/conversation/" + id), appLink);
}
