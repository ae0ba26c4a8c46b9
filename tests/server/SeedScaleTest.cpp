// `pli-server seed-scale`: fills a data directory that the API then serves like any other.
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace pli::test;

namespace {

std::int64_t countOf(TestServer &server, const std::string &sql)
{
    auto guard = server.db().lock();
    auto st = server.db().query(sql);
    st.next();
    return st.integer(0);
}

std::string userIdOf(TestServer &server, const std::string &username)
{
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT id FROM users WHERE username = ?", username);
    return st.next() ? st.text(0) : std::string();
}

} // namespace

TEST(SeedScale, FillsEachPersonasListAsAskedAndTheApiServesIt)
{
    TestServer server;
    std::string out;
    ASSERT_EQ(server.runAdmin({"seed-scale", "--users", "3", "--conversations-per-persona", "20",
                               "--messages-per-thread", "3", "--attachments", "4"},
                              &out),
              0);
    EXPECT_NE(out.find("Seeded 3 users (scale-00001 to scale-00003"), std::string::npos) << out;
    EXPECT_NE(out.find("30 conversations, 90 messages, 4 attachments"), std::string::npos) << out;
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM conversation_members"), 60);
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM activity WHERE action = 'created'"), 30);
    // The member rows were given what the schema's triggers would have derived.
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM conversation_members m WHERE unread_until <> "
                              "COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) "
                              "FROM messages x WHERE x.conversation_id = m.conversation_id AND "
                              "x.sender_persona_id <> m.persona_id AND NOT EXISTS (SELECT 1 FROM "
                              "message_opens o WHERE o.message_id = x.id AND o.persona_id = "
                              "m.persona_id)), 0)"),
              0);
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM conversation_members m JOIN "
                              "conversation_list_keys k USING (conversation_id) WHERE "
                              "m.search_key <> k.search_key OR m.modified_at <> k.modified_at"),
              0);

    const std::string token = server.tokenFor(userIdOf(server, "scale-00001"));
    auto client = server.client();
    const auto personas = jsonOf(getWith(*client, "/api/v1/personas", token));
    ASSERT_EQ(personas.size(), 1u);
    EXPECT_EQ(personas[0]["email"], "scale-00001@scale.pli.test");
    EXPECT_EQ(personas[0]["conversation_count"], 20) << "each persona has the number asked";
    const int unread = personas[0]["unread_count"];
    EXPECT_GT(unread, 0);
    EXPECT_LT(unread, 20);

    const std::string list =
        "/api/v1/personas/" + personas[0]["id"].get<std::string>() + "/conversations";
    const auto page = jsonOf(getWith(*client, list + "?per_page=30", token));
    EXPECT_EQ(page["total"], 20);
    int newOnes = 0, unreadRows = 0;
    for (const auto &item : page["items"]) {
        newOnes += item["is_new"].get<bool>();
        unreadRows += item["unread"].get<bool>();
        EXPECT_EQ(item["message_count"], 3);
    }
    EXPECT_EQ(unreadRows, unread) << "the rows agree with the count";
    EXPECT_GT(newOnes, 0);
    EXPECT_LT(newOnes, 20);
    // The newest conversations hold the attachments, their bytes in the data directory.
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM attachments"), 4);
    EXPECT_EQ(countOf(server, "SELECT COUNT(DISTINCT x.conversation_id) FROM attachments a "
                              "JOIN messages x ON x.id = a.message_id JOIN conversations c ON "
                              "c.id = x.conversation_id WHERE c.modified_at >= (SELECT "
                              "modified_at FROM conversations ORDER BY modified_at DESC LIMIT 1 "
                              "OFFSET 1)"),
              2);
    {
        auto guard = server.db().lock();
        auto st = server.db().query("SELECT id, size FROM attachments");
        while (st.next())
            EXPECT_EQ(std::filesystem::file_size(server.dataDir() / "blobs" / st.text(0)),
                      static_cast<std::uintmax_t>(st.integer(1)));
    }
    // Accented titles are searchable without their accents.
    const auto found = jsonOf(getWith(*client, list + "?q=reunion", token));
    EXPECT_GT(found["total"].get<int>(), 0);
}

TEST(SeedScale, TheAccountsSignInWithThePassword)
{
    TestServer server;
    ASSERT_EQ(server.runAdmin({"seed-scale", "--users", "2", "--conversations-per-persona", "1",
                               "--messages-per-thread", "1", "--password", "Scale-Test-Pass-1"}),
              0);
    auto client = server.client();
    auto login = postJson(
        *client, "/api/v1/auth/login",
        {{"username", "scale-00002"}, {"password", "Scale-Test-Pass-1"}, {"device_name", "bench"}});
    ASSERT_TRUE(login);
    EXPECT_EQ(login->status, 200) << login->body;
    EXPECT_EQ(jsonOf(login)["status"], "totp_enrollment_required")
        << "first sign-in enrols an authenticator";
}

TEST(SeedScale, RefusesToSeedTwiceAndExplainsBadCounts)
{
    TestServer server;
    const std::vector<std::string> args{
        "seed-scale", "--users", "2", "--conversations-per-persona", "2", "--messages-per-thread",
        "1"};
    ASSERT_EQ(server.runAdmin(args), 0);
    EXPECT_EQ(server.runAdmin(args), 1) << "the accounts exist already";
    EXPECT_EQ(countOf(server, "SELECT COUNT(*) FROM conversations"), 2);
    EXPECT_EQ(server.runAdmin({"seed-scale", "--users", "1"}), 2) << "two users at least";
    EXPECT_EQ(server.runAdmin({"seed-scale", "--users", "2", "--messages-per-thread", "x"}), 2);
    EXPECT_EQ(server.runAdmin({"seed-scale", "extra"}), 2);
}
