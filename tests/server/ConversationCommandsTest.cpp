#include "ConversationFixture.h"

#include <fstream>

using namespace pli::test;

using ConversationCommands = ConversationFixture;

namespace {
std::string firstLine(const std::string &text)
{
    return text.substr(0, text.find('\n'));
}
} // namespace

TEST_F(ConversationCommands, PersonaAddGivesAUserAnotherAddress)
{
    const Person jean = participant("jean");
    std::string out;
    EXPECT_EQ(
        server.runAdmin(
            {"persona", "add", "jean", "jean.alt@example.org", "--display-name", "Jean Alt"}, &out),
        0);
    const std::string id = firstLine(out);
    const auto persona = personaOf(Person{jean.userId, id, "", jean.token});
    ASSERT_FALSE(persona.is_null()) << out;
    EXPECT_EQ(persona["email"], "jean.alt@example.org");
    EXPECT_EQ(persona["display_name"], "Jean Alt");
    EXPECT_EQ(persona["verified"], true);

    EXPECT_EQ(server.runAdmin({"persona", "list", "jean"}, &out), 0);
    EXPECT_NE(out.find("jean.alt@example.org"), std::string::npos);

    EXPECT_EQ(server.runAdmin({"persona", "add", "jean", "not-an-address"}), 1);
    EXPECT_EQ(server.runAdmin({"persona", "add", "nobody", "n@example.org"}), 1);
    EXPECT_EQ(server.runAdmin({"persona", "add", "jean", "JEAN.ALT@example.org"}), 1)
        << "already a persona";
    EXPECT_EQ(server.runAdmin({"persona", "add", "jean"}), 2);
    EXPECT_EQ(server.runAdmin({"persona", "frobnicate"}), 2);
    EXPECT_EQ(getJson("/api/v1/personas", jean).size(), 2u);
}

TEST_F(ConversationCommands, CreatePostAndListWorkLikeTheApi)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    std::string out;
    ASSERT_EQ(server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                               "--title", "From the console", "--body", "Hello Jean"},
                              &out),
              0);
    const std::string id = firstLine(out);
    auto list = getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean);
    ASSERT_EQ(list["total"], 1);
    EXPECT_EQ(list["items"][0]["id"], id);
    EXPECT_EQ(list["items"][0]["is_new"], true);
    EXPECT_TRUE(server.lastMailTo(jean.email)) << "participants are notified";

    ASSERT_EQ(server.runAdmin({"conversation", "post", id, "--from", jean.email, "--body",
                               "Answer from the console"},
                              &out),
              0);
    const std::string messageId = firstLine(out);
    const auto messages = getJson("/api/v1/conversations/" + id + "/messages", marie);
    EXPECT_EQ(messages["total"], 2);
    EXPECT_EQ(messages["items"][1]["id"], messageId);
    EXPECT_EQ(messages["items"][1]["body"], "Answer from the console");
    list = getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean);
    EXPECT_EQ(list["items"][0]["is_new"], false) << "whoever writes in it has seen it";

    ASSERT_EQ(server.runAdmin({"conversation", "list", "--persona", jean.email}, &out), 0);
    EXPECT_NE(out.find(id), std::string::npos);
    EXPECT_NE(out.find("From the console"), std::string::npos);
    ASSERT_EQ(server.runAdmin({"conversation", "list", "--persona", jean.email, "--json"}, &out),
              0);
    const auto items = nlohmann::json::parse(out);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0]["id"], id);
    EXPECT_EQ(items[0]["message_count"], 2);

    ASSERT_EQ(server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                               "--title", "Second", "--body", "Again", "--json"},
                              &out),
              0);
    EXPECT_EQ(nlohmann::json::parse(out)["title"], "Second");
}

TEST_F(ConversationCommands, AttachedFilesBecomeAttachments)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const TempDir dir;
    const auto file = dir.path() / "report.txt";
    std::ofstream(file) << "the report";
    std::string out;
    ASSERT_EQ(
        server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                         "--title", "Report", "--body", "Attached", "--attach", file.string()},
                        &out),
        0);
    const auto items =
        getJson("/api/v1/conversations/" + firstLine(out) + "/messages", jean)["items"];
    ASSERT_EQ(items[0]["attachments"].size(), 1u);
    EXPECT_EQ(items[0]["attachments"][0]["name"], "report.txt");
    EXPECT_EQ(items[0]["attachments"][0]["size"], 10);

    EXPECT_EQ(server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                               "--title", "Missing", "--body", "x", "--attach",
                               (dir.path() / "nope.txt").string()}),
              1);
}

TEST_F(ConversationCommands, RefusalsExplainThemselves)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person anne = participant("anne");
    const auto create = [&](const std::string &from, const std::string &to,
                            const std::string &body) {
        return server.runAdmin(
            {"conversation", "create", "--from", from, "--to", to, "--title", "T", "--body", body});
    };
    EXPECT_EQ(create("ghost@pli.test", jean.email, "x"), 1);
    EXPECT_EQ(create(jean.email, marie.email, "x"), 1) << "participants cannot start";
    EXPECT_EQ(create(marie.email, "ghost@pli.test", "x"), 1);
    EXPECT_EQ(create(marie.email, marie.email, "x"), 1) << "nobody but the owner";
    EXPECT_EQ(create(marie.email, jean.email, " "), 1);
    EXPECT_EQ(server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                               "--body", "no title"}),
              2);
    EXPECT_EQ(server.runAdmin(
                  {"conversation", "create", "--to", jean.email, "--title", "T", "--body", "x"}),
              2);
    EXPECT_EQ(server.runAdmin({"conversation"}), 2);
    EXPECT_EQ(server.runAdmin({"conversation", "list"}), 2);
    EXPECT_EQ(getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean)["total"], 0);

    const std::string id = start(marie, {jean}, "Closed");
    EXPECT_EQ(server.runAdmin({"conversation", "post", id, "--from", anne.email, "--body", "x"}), 1)
        << "not a member";
    EXPECT_EQ(
        server.runAdmin({"conversation", "post", "c_missing", "--from", jean.email, "--body", "x"}),
        1);
    sql("UPDATE users SET active = 0 WHERE id = '" + marie.userId + "'");
    EXPECT_EQ(server.runAdmin({"conversation", "post", id, "--from", jean.email, "--body", "x"}), 1)
        << "read-only";
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", jean)["total"], 1);
}
