// The conversation list at scale: every page, sort and filter read from the member indexes
// (checked in SQLite's own query plans), deep pages identical to walking the whole list, the
// filter blind to case and accents, and the copies the indexes rely on kept current.
#include "ConversationFixture.h"

#include "ConversationListQuery.h"
#include "ConversationQueries.h"
#include "Crypto.h"
#include "Schema.h"

#include <sqlite3.h>

#include <algorithm>

using namespace pli::test;
using pli::server::ConversationListQuery;
using pli::server::ConversationListRequest;

namespace {

std::string joined(const std::vector<std::string> &lines)
{
    std::string text;
    for (const auto &line : lines)
        text += line + "\n";
    return text;
}

std::vector<std::string> idsOf(const nlohmann::json &page)
{
    std::vector<std::string> ids;
    for (const auto &item : page["items"])
        ids.push_back(item["id"]);
    return ids;
}

} // namespace

class ConversationListScale : public ConversationFixture
{
protected:
    // Conversations written straight into the database (fast), each owned by `owner` with
    // `member` taking part, with titles and times chosen by the caller.
    std::string insertConversation(const Person &owner, const Person &member,
                                   const std::string &title, std::int64_t modifiedAt)
    {
        const std::string id = pli::server::crypto::randomId("c_");
        auto &db = server.db();
        auto guard = db.lock();
        db.execute("INSERT INTO conversations(id, title, owner_persona_id, created_at, "
                   "modified_at) VALUES (?, ?, ?, ?, ?)",
                   id, title, owner.personaId, modifiedAt, modifiedAt);
        for (const Person *p : {&owner, &member})
            db.execute("INSERT INTO conversation_members(conversation_id, persona_id, role, "
                       "joined_at) VALUES (?, ?, ?, ?)",
                       id, p->personaId, p == &owner ? "collaborator" : "participant", modifiedAt);
        return id;
    }

    std::vector<std::string> walk(const std::string &base, const Person &who, int perPage)
    {
        std::vector<std::string> all;
        const auto first = getJson(base + "&per_page=" + std::to_string(perPage), who);
        for (int page = 1; page <= first["pages"].get<int>(); ++page) {
            const auto ids = idsOf(getJson(base + "&per_page=" + std::to_string(perPage) +
                                               "&page=" + std::to_string(page),
                                           who));
            all.insert(all.end(), ids.begin(), ids.end());
        }
        return all;
    }
};

TEST_F(ConversationListScale, EveryPageSortAndFilterIsReadFromAnIndexWithoutSorting)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    insertConversation(marie, jean, "Budget", 1000);
    auto &db = server.db();
    auto guard = db.lock();
    for (const std::string sort : {"modified", "title", "owner"})
        for (const std::string order : {"asc", "desc"})
            for (const std::string q : {"", "réu"}) {
                ConversationListRequest request;
                request.sort = sort;
                request.order = order;
                request.q = q;
                request.page = 500;
                const ConversationListQuery query(jean.personaId, request);
                const std::string where = sort + " " + order + " q=" + q;
                for (const bool farEnd : {false, true}) {
                    if (farEnd && sort != "modified")
                        continue; // only the modified sort is read from the far end
                    const std::string plan = joined(query.pagePlan(db, farEnd));
                    EXPECT_NE(plan.find("USING COVERING INDEX conversation_members_by_" +
                                        (sort == "modified" ? sort : sort + "_" + order) + " "),
                              std::string::npos)
                        << where << "\n"
                        << plan;
                    EXPECT_NE(plan.find("(persona_id=? AND deleted=?)"), std::string::npos)
                        << where << "\n"
                        << plan;
                    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << where << "\n" << plan;
                }
                const std::string count = joined(query.countPlan(db));
                if (q.empty()) { // the size the schema keeps: one row
                    EXPECT_NE(count.find("SEARCH persona_list_sizes USING PRIMARY KEY "
                                         "(persona_id=?)"),
                              std::string::npos)
                        << where << "\n"
                        << count;
                    EXPECT_EQ(count.find("conversation_members"), std::string::npos) << count;
                    continue;
                }
                EXPECT_NE(count.find("USING COVERING INDEX conversation_members_"),
                          std::string::npos)
                    << where << "\n"
                    << count;
                EXPECT_NE(count.find("(persona_id=? AND deleted=?)"), std::string::npos) << count;
            }
}

TEST_F(ConversationListScale, DeepPagesMatchTheWholeListInEverySortAndDirection)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person alain = collaborator("alain", "Alain Zed");
    const Person jean = participant("jean");
    // 67 conversations: a few share a title, several share a time, two owners.
    struct Row
    {
        std::string id, title, owner;
        std::int64_t at;
    };
    std::vector<Row> rows;
    for (int i = 0; i < 67; ++i) {
        const Person &owner = i % 3 == 0 ? alain : marie;
        const std::string title = "Topic " + std::to_string(i % 20);
        const std::int64_t at = 1000 + (i % 11) * 60;
        rows.push_back({insertConversation(owner, jean, title, at), title, owner.email, at});
    }
    auto expected = [&](const std::string &sort, bool asc) {
        auto sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [&](const Row &a, const Row &b) {
            const std::string &ka = sort == "title" ? a.title : a.owner;
            const std::string &kb = sort == "title" ? b.title : b.owner;
            if (sort != "modified" && ka != kb)
                return asc ? ka < kb : ka > kb;
            if (a.at != b.at)
                return sort == "modified" && asc ? a.at < b.at : a.at > b.at;
            return asc ? a.id < b.id : a.id > b.id;
        });
        std::vector<std::string> ids;
        for (const auto &r : sorted)
            ids.push_back(r.id);
        return ids;
    };
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations?x=1";
    for (const std::string sort : {"modified", "title", "owner"})
        for (const bool asc : {true, false})
            for (const int perPage : {10, 30}) {
                const std::string query =
                    base + "&sort=" + sort + "&order=" + (asc ? "asc" : "desc");
                EXPECT_EQ(walk(query, jean, perPage), expected(sort, asc))
                    << sort << (asc ? " asc " : " desc ") << perPage;
            }
    // The last page, read from the far end of the index, holds what is left, in order.
    const auto last = getJson(base + "&per_page=30&page=3", jean);
    const auto newestFirst = expected("modified", false);
    EXPECT_EQ(idsOf(last), std::vector<std::string>(newestFirst.begin() + 60, newestFirst.end()));
}

TEST_F(ConversationListScale, TheListSizeFollowsNewMembersRemovalsAndReturns)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person paul = participant("paul");
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations";
    auto sizes = [&] {
        return std::make_pair(getJson(base, jean)["total"].get<int>(),
                              personaOf(jean)["conversation_count"].get<int>());
    };
    EXPECT_EQ(sizes(), std::make_pair(0, 0)) << "a persona that has no conversation yet";
    const std::string a = start(marie, {jean}, "A");
    const std::string b = start(marie, {jean, paul}, "B");
    insertConversation(marie, jean, "C", 1000);
    EXPECT_EQ(sizes(), std::make_pair(3, 3));
    EXPECT_EQ(personaOf(paul)["conversation_count"], 1);
    EXPECT_EQ(personaOf(marie)["conversation_count"], 3);

    ASSERT_EQ(postJson(*http, base + "/delete", {{"ids", {a, b}}}, jean.token)->status, 204);
    EXPECT_EQ(sizes(), std::make_pair(1, 1)) << "removed from jean's list only";
    EXPECT_EQ(personaOf(paul)["conversation_count"], 1);
    ASSERT_EQ(postJson(*http, base + "/delete", {{"ids", {a}}}, jean.token)->status, 204);
    EXPECT_EQ(sizes(), std::make_pair(1, 1)) << "removing twice counts once";
    ASSERT_EQ(post(marie, a, "back")->status, 201);
    EXPECT_EQ(sizes(), std::make_pair(2, 2)) << "a new message brings it back";
    sql("DELETE FROM conversations WHERE id = '" + b + "'");
    EXPECT_EQ(personaOf(paul)["conversation_count"], 0) << "rows deleted with their conversation";
    EXPECT_EQ(personaOf(marie)["conversation_count"], 2);
    EXPECT_EQ(sizes(), std::make_pair(2, 2));
}

TEST_F(ConversationListScale, TheFilterIgnoresCaseAndAccents)
{
    const Person helene = collaborator("helene", "Hélène Dupré");
    const Person jean = participant("jean");
    start(helene, {jean}, "Réunion de l'ÉQUIPE");
    start(helene, {jean}, "Budget");
    // The title as a macOS client may send it: "E" followed by a combining acute accent.
    start(helene, {jean}, "E\xCC\x81le\xCC\x80ves");
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations?q=";
    auto total = [&](const std::string &q) { return getJson(base + q, jean)["total"]; };
    EXPECT_EQ(total("reunion"), 1);
    EXPECT_EQ(total("R%C3%89UNION"), 1) << "RÉUNION";
    EXPECT_EQ(total("equipe"), 1);
    EXPECT_EQ(total("%C3%A9l%C3%A8ves"), 1) << "élèves finds the decomposed title";
    EXPECT_EQ(total("eleves"), 1);
    EXPECT_EQ(total("helene"), 3) << "the owner's name";
    EXPECT_EQ(total("DUPRE"), 3);
    EXPECT_EQ(total("helene%40pli"), 3) << "the owner's address";
    EXPECT_EQ(total("dupre%20helene"), 0);
    EXPECT_EQ(total("test%20h"), 0) << "never across the address and the name";
}

TEST_F(ConversationListScale, TheCopiesFollowRenamesAndNewMessages)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person jean = participant("jean");
    const std::string budget = start(marie, {jean}, "Budget");
    const std::string other = start(marie, {jean}, "Other");
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations";
    sql("UPDATE conversations SET modified_at = 1000 WHERE id = '" + other + "'");
    sql("UPDATE conversations SET modified_at = 2000 WHERE id = '" + budget + "'");
    EXPECT_EQ(idsOf(getJson(base, jean)), (std::vector<std::string>{budget, other}));
    ASSERT_EQ(post(marie, other, "news")->status, 201);
    EXPECT_EQ(idsOf(getJson(base, jean)), (std::vector<std::string>{other, budget}))
        << "a new message moves it to the top";

    sql("UPDATE personas SET display_name = 'Marie Curie' WHERE id = '" + marie.personaId + "'");
    EXPECT_EQ(getJson(base + "?q=curie", jean)["total"], 2);
    EXPECT_EQ(getJson(base + "?q=unetelle", jean)["total"], 0);
    sql("UPDATE personas SET display_name = '' WHERE id = '" + marie.personaId + "'");
    sql("UPDATE users SET display_name = 'Marie Sklodowska' WHERE id = '" + marie.userId + "'");
    EXPECT_EQ(getJson(base + "?q=sklodowska", jean)["total"], 2) << "the user's name shows";
    sql("UPDATE conversations SET title = 'Bilan' WHERE id = '" + budget + "'");
    EXPECT_EQ(getJson(base + "?q=bilan", jean)["total"], 1);
    EXPECT_EQ(getJson(base + "?sort=title&order=asc", jean)["items"][0]["title"], "Bilan");
}

TEST_F(ConversationListScale, UnreadStateFollowsOpeningsExpiryAndRemovals)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Budget");
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations";
    auto unread = [&] { return getJson(base, jean)["items"][0]["unread"].get<bool>(); };
    auto unreadCount = [&] { return personaOf(jean)["unread_count"].get<int>(); };
    EXPECT_TRUE(unread());
    EXPECT_EQ(unreadCount(), 1);
    EXPECT_FALSE(getJson("/api/v1/personas/" + marie.personaId + "/conversations",
                         marie)["items"][0]["unread"])
        << "one's own message";

    const auto first = getJson("/api/v1/conversations/" + id + "/messages", jean)["items"][0];
    const std::string firstId = first["id"];
    ASSERT_EQ(post(marie, id, "second")->status, 201);
    postJson(*http, "/api/v1/messages/" + firstId + "/open", nlohmann::json::object(), jean.token);
    EXPECT_TRUE(unread()) << "the second message is still unopened";
    sql("UPDATE messages SET expires_at = 1000 WHERE id <> '" + firstId + "'");
    EXPECT_FALSE(unread()) << "an expired message is not unread";
    EXPECT_EQ(unreadCount(), 0);
    sql("UPDATE messages SET expires_at = NULL");
    EXPECT_TRUE(unread()) << "messages that never expire";
    sql("DELETE FROM message_opens");
    sql("DELETE FROM messages WHERE id <> '" + firstId + "'");
    EXPECT_TRUE(unread()) << "the first message is unopened again";
    sql("INSERT INTO message_opens(message_id, persona_id, opened_at) VALUES ('" + firstId +
        "', '" + jean.personaId + "', 1)");
    EXPECT_FALSE(unread());
    EXPECT_EQ(unreadCount(), 0);
}

TEST_F(ConversationListScale, ADatabaseOfTheFirstSchemaGainsTheCopies)
{
    TempDir dir;
    const auto file = dir.path() / "pli.sqlite3";
    {
        sqlite3 *raw = nullptr;
        ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
        const std::string arrange =
            pli::server::schemaMigrations()[0] +
            "INSERT INTO users(id, username, display_name, email, role, created_at) VALUES "
            "('u1', 'helene', 'Hélène', 'h@x', 'collaborator', 0), "
            "('u2', 'jean', 'Jean', 'j@x', 'participant', 0);"
            "INSERT INTO personas(id, user_id, email, created_at) VALUES "
            "('p1', 'u1', 'helene@pli.test', 0), ('p2', 'u2', 'jean@pli.test', 0);"
            "INSERT INTO conversations VALUES ('c1', 'Réunion', 'p1', 0, 500);"
            "INSERT INTO conversation_members(conversation_id, persona_id, role, joined_at) "
            "VALUES ('c1', 'p1', 'collaborator', 0), ('c1', 'p2', 'participant', 0);"
            "INSERT INTO messages(id, conversation_id, sender_persona_id, body, sent_at) VALUES "
            "('m1', 'c1', 'p1', 'hi', 0);"
            "PRAGMA user_version=1;";
        ASSERT_EQ(sqlite3_exec(raw, arrange.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    pli::server::Database db(file);
    EXPECT_EQ(db.schemaVersion(), 4);
    auto guard = db.lock();
    auto st = db.query("SELECT persona_id, modified_at, title, owner_email, search_key, "
                       "unread_until FROM conversation_members ORDER BY persona_id");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "p1");
    EXPECT_EQ(st.integer(1), 500);
    EXPECT_EQ(st.text(2), "Réunion");
    EXPECT_EQ(st.text(3), "helene@pli.test");
    EXPECT_EQ(st.text(4), "reunion\x1fhelene@pli.test\x1fhelene");
    EXPECT_EQ(st.integer(5), 0) << "one's own message";
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "p2");
    EXPECT_GT(st.integer(5), 0) << "unread, never expires";
    auto sizes = db.query("SELECT persona_id, conversations FROM persona_list_sizes "
                          "ORDER BY persona_id");
    ASSERT_TRUE(sizes.next());
    EXPECT_EQ(sizes.text(0), "p1");
    EXPECT_EQ(sizes.integer(1), 1);
    ASSERT_TRUE(sizes.next());
    EXPECT_EQ(sizes.integer(1), 1);
}
