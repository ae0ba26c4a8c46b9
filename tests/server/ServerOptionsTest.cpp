// Every pli-server command refuses an option it does not know, or one without its value, with a
// clear message and exit status 2, changing nothing (issue 10): serve, --demo and each admin
// command family. Run as processes, as administrators run them.
#include "TestServer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

using namespace pli::test;

namespace {
// What the users table holds, to see that nothing changed.
std::string usersOf(TestServer &server)
{
    std::string out;
    EXPECT_EQ(server.runAdmin({"user", "list", "--json"}, &out), 0);
    return out;
}
} // namespace

TEST(ServeOptions, UnknownOptionsAndMissingValuesAreRefusedBeforeAnythingIsCreated)
{
    TempDir dir;
    const std::string data = (dir.path() / "data").string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"serve", "--data", data, "--bogus-flag", "1"}, "unknown option --bogus-flag"},
        {{"serve", "--data", data, "--listen"}, "option --listen needs a value"},
        {{"serve", "--data", data, "--listen", "--demo"}, "option --listen needs a value"},
        {{"serve", "--data", data, "--demo=yes"}, "option --demo takes no value"},
        {{"serve", "--data", data, "--threads", "8", "--threads", "9"}, "given twice"},
        {{"serve", "--data", data, "--threads", "12abc"}, "--threads expects a positive"},
        {{"serve", "--data", data, "--login-rate", "0"}, "--login-rate expects a positive"},
        {{"serve", "--data", data, "--account-rate", "-3"}, "--account-rate expects a positive"},
        {{"serve", "--data", data, "--public-url", "ftp://x.org"}, "--public-url expects"},
        {{"serve", "--data", data, "--default-language", "de"}, "--default-language is en or fr"},
        {{"serve", "--data", data, "extra"}, "unexpected argument \"extra\""},
        {{"serve", "--data", data, "--tls-self-signed=yes"}, "option --tls-self-signed takes no"},
        {{"serve", "--data", data, "--tls-self-signed", "--tls-cert", "c.pem", "--tls-key",
          "k.pem"},
         "--tls-self-signed replaces --tls-cert and --tls-key"},
        {{"serve", "--data", data, "--retention-days", "-1"}, "--retention-days expects"},
        {{"serve", "--data", data, "--retention-days", "30days"}, "--retention-days expects"},
        {{"serve", "--data", data, "--sweep-interval", "0"}, "--sweep-interval expects a positive"},
        {{"serve", "--data", data, "--max-open-uploads", "x"}, "--max-open-uploads expects"},
        {{"serve", "--data", data, "--max-open-upload-bytes", "1e9"},
         "--max-open-upload-bytes expects"},
        {{"serve", "--data", data, "--max-event-streams", "0"},
         "--max-event-streams expects a positive"},
        {{"serve", "--data", data, "--max-event-streams-per-user", "many"},
         "--max-event-streams-per-user expects a positive"},
        {{"seed-scale", "--data", data, "--users", "4", "--bogus", "1"}, "unknown option --bogus"},
        {{"seed-scale", "--data", data, "--users"}, "option --users needs a value"},
        {{"seed-scale", "--data", data, "--users", "4", "--users", "5"}, "given twice"},
        {{"--demo", "--data", data, "--bogus"}, "unknown option --bogus"},
        {{"--demo", "--data", data, "--port-file"}, "option --port-file needs a value"},
    };
    for (const auto &[args, message] : cases) {
        int status = -1;
        std::string out;
        status = runServerCommand(args, &out);
        EXPECT_EQ(status, 2) << args.back() << ": " << out;
        EXPECT_NE(out.find(message), std::string::npos) << out;
        EXPECT_FALSE(std::filesystem::exists(data)) << "nothing is created";
    }
}

// What administrators read names every option `serve` takes: pli-server --help and the man page.
TEST(ServeOptions, HelpAndManPageNameEveryOption)
{
    std::string help;
    ASSERT_EQ(runServerCommand({"--help"}, &help), 0);
    std::ifstream in(std::string(PLI_SOURCE_DIR) + "/resources/man/pli-server.8.in");
    const std::string man((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(man.empty());
    for (const std::string option : {"data",
                                     "listen",
                                     "tls-cert",
                                     "tls-key",
                                     "tls-self-signed",
                                     "port-file",
                                     "threads",
                                     "max-event-streams",
                                     "max-event-streams-per-user",
                                     "public-url",
                                     "default-language",
                                     "demo",
                                     "login-rate",
                                     "account-rate",
                                     "retention-days",
                                     "sweep-interval",
                                     "max-open-uploads",
                                     "max-open-upload-bytes",
                                     "access-token-ttl",
                                     "challenge-ttl",
                                     "enrollment-ttl",
                                     "email-code-ttl",
                                     "email-code-interval",
                                     "upload-ttl",
                                     "max-failed-logins",
                                     "sse-keep-alive"}) {
        EXPECT_NE(help.find("--" + option), std::string::npos) << option << " not in --help";
        std::string roff = "\\-\\-" + option;
        for (std::size_t at = 4; (at = roff.find('-', at)) != std::string::npos; at += 2)
            roff.insert(at, "\\");
        EXPECT_NE(man.find(roff), std::string::npos) << option << " not in the man page";
    }
}

TEST(UserCommandOptions, UnknownOptionsAndMissingValuesChangeNothing)
{
    TestServer server;
    ASSERT_EQ(server.runAdmin({"user", "add", "erin", "--display-name", "Erin", "--email",
                               "erin@example.test", "--password", "Strong-password-2026"}),
              0);
    const std::string before = usersOf(server);
    const std::vector<std::string> add{
        "user", "add", "bob", "--display-name", "Bob", "--email", "bob@example.test"};
    const std::vector<std::vector<std::string>> cases{
        {"--bogus-flag", "1"},
        {"--second-factr", "email"},
        {"--second-factor", "emial"},
        {"--second-factor"},
        {"--language", "de"},
        {"--language"},
        {"--temporary=yes"},
        {"--email", "again@example.test"},
        {"--display-name", "--collaborator"},
    };
    for (const auto &extra : cases) {
        auto args = add;
        args.insert(args.end(), extra.begin(), extra.end());
        EXPECT_EQ(server.runAdmin(args), 2) << extra[0];
    }
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"user", "list", "--bogus"},
          {"user", "list", "--json=1"},
          {"user", "unlock", "erin", "--force"},
          {"user", "reset-password", "erin", "--password"},
          {"user", "reset-password", "erin", "--temporary"},
          {"user", "set-totp", "erin", "--secret"},
          {"user", "token", "erin", "--ttl", "60", "--scope", "all"},
          {"user", "set-second-factor", "erin", "email", "--bogus"},
          {"user", "set-language", "erin", "fr", "--now"},
          {"user", "invite", "erin", "--public-url"}})
        EXPECT_EQ(server.runAdmin(args), 2) << args[1] << ' ' << args.back();
    EXPECT_EQ(usersOf(server), before) << "nothing changed";
    EXPECT_TRUE(server.outbox().empty()) << "nothing was mailed";
    EXPECT_EQ(server.runAdmin({"user", "reset-password", "erin", "--password=--odd-but-fine-1A"}),
              0)
        << "a value that starts with -- is given with =";
}

TEST(PersonaAndConversationCommandOptions, UnknownOptionsAndMissingValuesChangeNothing)
{
    TestServer server;
    ASSERT_EQ(server.runAdmin({"user", "add", "marie", "--display-name", "Marie", "--email",
                               "marie@example.test", "--collaborator"}),
              0);
    ASSERT_EQ(server.runAdmin({"user", "add", "jean", "--display-name", "Jean", "--email",
                               "jean@example.test"}),
              0);
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"persona", "add", "jean", "j2@example.test", "--bogus", "1"},
          {"persona", "add", "jean", "j2@example.test", "--display-name"},
          {"persona", "list", "jean", "--jsn"},
          {"conversation", "create", "--from", "marie@example.test", "--to", "jean@example.test",
           "--title", "T", "--body", "B", "--bogus", "1"},
          {"conversation", "create", "--from", "marie@example.test", "--to", "jean@example.test",
           "--title", "T", "--title", "U", "--body", "B"},
          {"conversation", "create", "--from", "marie@example.test", "--to", "jean@example.test",
           "--title", "T", "--body"},
          {"conversation", "list", "--persona", "jean@example.test", "--all"}}) {
        std::string command;
        for (const auto &a : args)
            command += a + ' ';
        EXPECT_EQ(server.runAdmin(args), 2) << command;
    }
    std::string out;
    ASSERT_EQ(server.runAdmin({"persona", "list", "jean", "--json"}, &out), 0);
    EXPECT_EQ(nlohmann::json::parse(out).size(), 1u) << "no persona was added";
    ASSERT_EQ(
        server.runAdmin({"conversation", "list", "--persona", "jean@example.test", "--json"}, &out),
        0);
    EXPECT_EQ(nlohmann::json::parse(out).size(), 0u) << "no conversation was started";
    EXPECT_TRUE(server.outbox().empty());
    // The repeatable ones stay repeatable.
    EXPECT_EQ(server.runAdmin({"conversation", "create", "--from", "marie@example.test", "--to",
                               "jean@example.test", "--to", "marie@example.test", "--title", "T",
                               "--body", "B"}),
              0);
}

TEST(AdminCommandOptions, TheMessageSaysWhichOption)
{
    TempDir dir;
    int status = -1;
    std::string out;
    status = runServerCommand({"user", "list", "--data", dir.path().string(), "--bogus-flag", "1"},
                              &out);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("pli-server: unknown option --bogus-flag (see pli-server --help)"),
              std::string::npos)
        << out;
    status = runServerCommand({"user", "add", "x", "--data", dir.path().string(), "--email"}, &out);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("option --email needs a value"), std::string::npos) << out;
    status = runServerCommand({"user", "frobnicate", "--data", dir.path().string()}, &out);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("unknown user sub-command \"frobnicate\""), std::string::npos) << out;
}
