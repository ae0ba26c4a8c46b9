#include "ConversationFixture.h"

using namespace pli::test;

using Conversation = ConversationFixture;

namespace {
std::vector<std::string> titlesOf(const nlohmann::json &page)
{
    std::vector<std::string> titles;
    for (const auto &item : page["items"])
        titles.push_back(item["title"]);
    return titles;
}
} // namespace

TEST_F(Conversation, ACollaboratorStartsOneThatTheParticipantSeesAsNew)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person jean = participant("jean");
    auto res = postJson(*http, "/api/v1/conversations",
                        {{"persona_id", marie.personaId},
                         {"title", "Access Cards"},
                         {"participants", {jean.email}},
                         {"body", "Your cards are ready."}},
                        marie.token);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
    const auto created = jsonOf(res);
    const std::string id = created["id"];
    EXPECT_EQ(res->get_header_value("Location"), "/api/v1/conversations/" + id);
    EXPECT_EQ(created["title"], "Access Cards");
    EXPECT_EQ(created["owner"], (nlohmann::json{{"email", marie.email},
                                                {"display_name", "Marie Unetelle"},
                                                {"organization", "Innovactione"}}));
    ASSERT_EQ(created["participants"].size(), 1u);
    EXPECT_EQ(created["participants"][0]["email"], jean.email);
    EXPECT_EQ(created["read_only"], false);
    EXPECT_EQ(created["message_count"], 1);

    const auto list = getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean);
    ASSERT_EQ(list["items"].size(), 1u);
    const auto item = list["items"][0];
    EXPECT_EQ(item["id"], id);
    EXPECT_EQ(item["is_new"], true);
    EXPECT_EQ(item["unread"], true);
    EXPECT_EQ(item["read_only"], false);
    EXPECT_EQ(item["message_count"], 1);
    EXPECT_EQ(item["owner"]["email"], marie.email);
    EXPECT_FALSE(item["created_at"].get<std::string>().empty());
    EXPECT_EQ(item["created_at"], item["modified_at"]);

    const auto mine = getJson("/api/v1/personas/" + marie.personaId + "/conversations", marie);
    EXPECT_EQ(mine["items"][0]["is_new"], false) << "the owner has seen what she wrote";
    EXPECT_EQ(mine["items"][0]["unread"], false);

    const auto mail = server.lastMailTo(jean.email);
    ASSERT_TRUE(mail);
    EXPECT_NE(
        mail->find("Subject: " + marie.email + " sent you a secure message in Pli: Access Cards"),
        std::string::npos)
        << *mail;
    EXPECT_EQ(mail->find("Your cards are ready."), std::string::npos) << "no content in notices";
    EXPECT_FALSE(server.lastMailTo(marie.email)) << "the owner is not notified of her own message";
}

TEST_F(Conversation, ParticipantsCannotStartOne)
{
    const Person jean = participant("jean");
    const Person marie = collaborator("marie");
    auto res = postJson(*http, "/api/v1/conversations",
                        {{"persona_id", jean.personaId},
                         {"title", "Hello"},
                         {"participants", {marie.email}},
                         {"body", "Hi"}},
                        jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
    EXPECT_EQ(jsonOf(res)["code"], "participants_cannot_start");
}

TEST_F(Conversation, StartingChecksEveryField)
{
    const Person marie = collaborator("marie");
    const Person paul = collaborator("paul");
    const Person jean = participant("jean");
    const nlohmann::json good = {{"persona_id", marie.personaId},
                                 {"title", "Title"},
                                 {"participants", {jean.email}},
                                 {"body", "Body"}};
    const auto attempt = [&](nlohmann::json body) {
        return postJson(*http, "/api/v1/conversations", body, marie.token);
    };
    auto with = [&](const std::string &field, nlohmann::json value) {
        nlohmann::json body = good;
        if (value.is_null())
            body.erase(field);
        else
            body[field] = value;
        return attempt(body);
    };

    auto res = with("persona_id", paul.personaId);
    EXPECT_EQ(res->status, 404) << "another user's persona is not yours to write from";
    res = with("participants", {jean.email, "nobody@pli.test", "ghost@pli.test"});
    EXPECT_EQ(res->status, 422);
    EXPECT_EQ(jsonOf(res)["code"], "unknown_participants");
    EXPECT_EQ(jsonOf(res)["participants"], (nlohmann::json{"nobody@pli.test", "ghost@pli.test"}));
    EXPECT_EQ(with("participants", nlohmann::json::array())->status, 400);
    EXPECT_EQ(with("participants", {marie.email})->status, 400) << "only oneself";
    EXPECT_EQ(with("participants", "jean@pli.test")->status, 400);
    EXPECT_EQ(with("body", "")->status, 400);
    EXPECT_EQ(with("body", " \n\t ")->status, 400);
    EXPECT_EQ(jsonOf(with("body", std::string(100001, 'a')))["field"], "body");
    EXPECT_EQ(with("body", nullptr)->status, 400);
    EXPECT_EQ(with("title", "")->status, 400);
    EXPECT_EQ(with("title", "Two\r\nLines")->status, 400);
    EXPECT_EQ(with("title", std::string(201, 't'))->status, 400);
    EXPECT_EQ(with("title", nullptr)->status, 400);
    EXPECT_EQ(getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean)["total"], 0)
        << "nothing was created by the refused attempts";

    // The limits themselves are fine: 100 000 characters (accented ones count as one).
    std::string longest;
    for (int i = 0; i < 100000; ++i)
        longest += "é";
    res = with("body", longest);
    EXPECT_EQ(res->status, 201) << res->body;
    EXPECT_EQ(with("participants", {jean.email, jean.email, marie.email})->status, 201)
        << "duplicates and the owner are ignored";
}

TEST_F(Conversation, AnUnverifiedPersonaCannotStartOne)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    sql("UPDATE personas SET verified = 0 WHERE id = '" + marie.personaId + "'");
    auto res = postJson(*http, "/api/v1/conversations",
                        {{"persona_id", marie.personaId},
                         {"title", "T"},
                         {"participants", {jean.email}},
                         {"body", "B"}},
                        marie.token);
    EXPECT_EQ(res->status, 403);
    EXPECT_EQ(jsonOf(res)["code"], "persona_unverified");
}

TEST_F(Conversation, ListPagesSortsAndFiltersExactly)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person alain = collaborator("alain", "Alain Zed");
    const Person jean = participant("jean");
    std::vector<std::string> ids;
    for (int i = 0; i < 25; ++i) {
        char title[32];
        std::snprintf(title, sizeof title, "Topic %02d", i);
        ids.push_back(start(i < 5 ? alain : marie, {jean}, title));
        // Modified one hour apart: Topic 24 is the most recent.
        sql("UPDATE conversations SET modified_at = " + std::to_string(1500000000 + i * 3600) +
            " WHERE id = '" + ids.back() + "'");
    }
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations";

    auto page = getJson(base, jean);
    EXPECT_EQ(page["page"], 1);
    EXPECT_EQ(page["per_page"], 10);
    EXPECT_EQ(page["total"], 25);
    EXPECT_EQ(page["pages"], 3);
    ASSERT_EQ(page["items"].size(), 10u);
    EXPECT_EQ(page["items"][0]["title"], "Topic 24") << "modified, newest first by default";
    EXPECT_EQ(page["items"][9]["title"], "Topic 15");
    page = getJson(base + "?page=3", jean);
    EXPECT_EQ(titlesOf(page), (std::vector<std::string>{"Topic 04", "Topic 03", "Topic 02",
                                                        "Topic 01", "Topic 00"}));
    page = getJson(base + "?page=4", jean);
    EXPECT_TRUE(page["items"].empty()) << "past the end: an empty page";
    EXPECT_EQ(page["pages"], 3);
    EXPECT_EQ(page["page"], 4);

    page = getJson(base + "?per_page=20&page=2", jean);
    EXPECT_EQ(page["pages"], 2);
    EXPECT_EQ(page["items"].size(), 5u);
    page = getJson(base + "?per_page=30", jean);
    EXPECT_EQ(page["pages"], 1);
    EXPECT_EQ(page["items"].size(), 25u);
    for (const char *bad : {"?per_page=15", "?per_page=0", "?per_page=abc", "?page=0", "?page=-1",
                            "?sort=size", "?order=up"}) {
        auto res = getWith(*http, base + bad, jean.token);
        EXPECT_EQ(res->status, 400) << bad;
    }

    page = getJson(base + "?order=asc", jean);
    EXPECT_EQ(page["items"][0]["title"], "Topic 00");
    page = getJson(base + "?sort=title&order=asc&per_page=30", jean);
    EXPECT_EQ(page["items"][0]["title"], "Topic 00");
    EXPECT_EQ(page["items"][24]["title"], "Topic 24");
    page = getJson(base + "?sort=title&order=desc&per_page=10&page=3", jean);
    EXPECT_EQ(page["items"][4]["title"], "Topic 00");
    page = getJson(base + "?sort=owner&order=asc&per_page=30", jean);
    EXPECT_EQ(page["items"][0]["owner"]["email"], alain.email);
    EXPECT_EQ(page["items"][5]["owner"]["email"], marie.email);
    page = getJson(base + "?sort=owner&order=desc&per_page=30", jean);
    EXPECT_EQ(page["items"][0]["owner"]["email"], marie.email);
    EXPECT_EQ(page["items"][24]["owner"]["email"], alain.email);

    page = getJson(base + "?q=topic%202", jean);
    EXPECT_EQ(page["total"], 5) << "Topic 20 to 24, case-insensitive";
    EXPECT_EQ(page["pages"], 1);
    page = getJson(base + "?q=ALAIN", jean);
    EXPECT_EQ(page["total"], 5) << "owner e-mail";
    page = getJson(base + "?q=unetelle", jean);
    EXPECT_EQ(page["total"], 20) << "owner name";
    page = getJson(base + "?q=%25", jean);
    EXPECT_EQ(page["total"], 0) << "LIKE wildcards are literal";
    page = getJson(base + "?q=Topic_0", jean);
    EXPECT_EQ(page["total"], 0);
    page = getJson(base + "?q=nothing-like-this", jean);
    EXPECT_EQ(page["total"], 0);
    EXPECT_EQ(page["pages"], 1) << "at least one page";
}

TEST_F(Conversation, OnlyOnesOwnPersonasCanBeListed)
{
    const Person jean = participant("jean");
    const Person other = participant("other");
    auto res = getWith(*http, "/api/v1/personas/" + jean.personaId + "/conversations", other.token);
    EXPECT_EQ(res->status, 404);
    auto missing = getWith(*http, "/api/v1/personas/p_missing/conversations", other.token);
    EXPECT_EQ(res->body, missing->body);
}

TEST_F(Conversation, OpeningTheConversationClearsIsNew)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Hello");
    const auto detail = getJson("/api/v1/conversations/" + id, jean);
    EXPECT_EQ(detail["id"], id);
    EXPECT_EQ(detail["owner"]["email"], marie.email);
    const auto item =
        getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean)["items"][0];
    EXPECT_EQ(item["is_new"], false);
    EXPECT_EQ(item["unread"], true) << "still unread until the message is opened";
}

TEST_F(Conversation, OutsidersCannotReachOrLearnOfIt)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person outsider = participant("outsider");
    const Person otherCollaborator = collaborator("paul");
    const std::string id = start(marie, {jean}, "Private");
    const std::string messageId =
        getJson("/api/v1/conversations/" + id + "/messages", jean)["items"][0]["id"];
    const std::string missingBody =
        getWith(*http, "/api/v1/conversations/c_missing", outsider.token)->body;

    for (const Person &who : {outsider, otherCollaborator}) {
        for (const std::string &path :
             {"/api/v1/conversations/" + id, "/api/v1/conversations/" + id + "/messages",
              "/api/v1/conversations/" + id + "/activity"}) {
            auto res = getWith(*http, path, who.token);
            EXPECT_EQ(res->status, 404) << path;
            EXPECT_EQ(res->body, missingBody) << path;
        }
        auto res = post(who, id, "let me in");
        EXPECT_EQ(res->status, 404);
        EXPECT_EQ(res->body, missingBody);
        res = postJson(*http, "/api/v1/messages/" + messageId + "/open", nlohmann::json::object(),
                       who.token);
        EXPECT_EQ(res->status, 404);
        EXPECT_EQ(res->body, missingBody);
        res = postJson(*http, "/api/v1/personas/" + jean.personaId + "/conversations/delete",
                       {{"ids", {id}}}, who.token);
        EXPECT_EQ(res->status, 404);
        EXPECT_EQ(getJson("/api/v1/personas", who)[0]["conversation_count"], 0);
    }
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", jean)["total"], 1)
        << "nothing was posted or deleted by the outsiders";
    EXPECT_EQ(getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean)["total"], 1);
}

TEST_F(Conversation, DeletingRemovesItFromOneListUntilANewMessage)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person anne = participant("anne");
    const std::string a = start(marie, {jean, anne}, "A");
    const std::string b = start(marie, {jean}, "B");
    const std::string foreign = start(marie, {anne}, "Not Jean's");
    sql("UPDATE conversations SET modified_at = 1000"); // older than anything posted below
    const std::string base = "/api/v1/personas/" + jean.personaId + "/conversations";
    EXPECT_EQ(personaOf(jean)["unread_count"], 2);

    auto res = postJson(*http, base + "/delete", {{"ids", {a, foreign, "c_missing"}}}, jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    auto list = getJson(base, jean);
    EXPECT_EQ(titlesOf(list), std::vector<std::string>{"B"});
    EXPECT_EQ(personaOf(jean)["unread_count"], 1);
    EXPECT_EQ(personaOf(jean)["conversation_count"], 1);
    EXPECT_EQ(getJson("/api/v1/personas/" + anne.personaId + "/conversations", anne)["total"], 2)
        << "other members keep it, and ids jean is not in are ignored";
    getJson("/api/v1/conversations/" + a, jean, 404);
    const auto activity = getJson("/api/v1/conversations/" + a + "/activity", marie)["items"];
    EXPECT_EQ(activity.back()["action"], "deleted");
    EXPECT_EQ(activity.back()["actor"]["email"], jean.email);

    // Like e-mail, a new message brings it back.
    EXPECT_EQ(post(marie, a, "Are you there?")->status, 201);
    list = getJson(base, jean);
    EXPECT_EQ(list["total"], 2);
    EXPECT_EQ(list["items"][0]["id"], a);
    EXPECT_EQ(list["items"][0]["unread"], true);

    for (const nlohmann::json &bad :
         {nlohmann::json{{"ids", nlohmann::json::array()}}, nlohmann::json{{"ids", "x"}},
          nlohmann::json::object(), nlohmann::json{{"ids", std::vector<std::string>(101, b)}}}) {
        res = postJson(*http, base + "/delete", bad, jean.token);
        EXPECT_EQ(res->status, 400) << bad.dump().substr(0, 60);
    }
    EXPECT_EQ(getJson(base, jean)["total"], 2);
}

TEST_F(Conversation, ADeactivatedOwnerMakesItReadOnly)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Archive");
    sql("UPDATE users SET active = 0 WHERE id = '" + marie.userId + "'");
    const auto item =
        getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean)["items"][0];
    EXPECT_EQ(item["read_only"], true);
    EXPECT_EQ(getJson("/api/v1/conversations/" + id, jean)["read_only"], true);
    auto res = post(jean, id, "Hello?");
    EXPECT_EQ(res->status, 403);
    EXPECT_EQ(jsonOf(res)["code"], "conversation_read_only");
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", jean)["total"], 1)
        << "its messages can still be read";
}
