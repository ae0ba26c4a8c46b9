// Every pli-server command refuses an option it does not know, or one without its value, with a
// clear message and exit status 2, changing nothing (issue 10): serve, --demo and each admin
// command family. Run as processes, as administrators run them.
#include "TestServer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
        {{"--demo", "--data", data, "--bogus"}, "unknown option --bogus"},
        {{"--demo", "--data", data, "--port-file"}, "option --port-file needs a value"},
    };
    for (const auto &[args, message] : cases) {
        int status = -1;
        const std::string out = runServer(args, &status);
        EXPECT_EQ(status, 2) << args.back() << ": " << out;
        EXPECT_NE(out.find(message), std::string::npos) << out;
        EXPECT_FALSE(std::filesystem::exists(data)) << "nothing is created";
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
    std::string out =
        runServer({"user", "list", "--data", dir.path().string(), "--bogus-flag", "1"}, &status);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("pli-server: unknown option --bogus-flag (see pli-server --help)"),
              std::string::npos)
        << out;
    out = runServer({"user", "add", "x", "--data", dir.path().string(), "--email"}, &status);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("option --email needs a value"), std::string::npos) << out;
    out = runServer({"user", "frobnicate", "--data", dir.path().string()}, &status);
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("unknown user sub-command \"frobnicate\""), std::string::npos) << out;
}
