#include "ConversationFixture.h"

using namespace pli::test;

using Profile = ConversationFixture;

TEST_F(Profile, MeDescribesTheUserAndTheirPersonas)
{
    const Person jean = participant("jean");
    const Person second = otherPersona(jean, "jean.second@pli.test");
    const auto me = getJson("/api/v1/me", jean);
    EXPECT_EQ(me["id"], jean.userId);
    EXPECT_EQ(me["username"], "jean");
    EXPECT_EQ(me["display_name"], "jean");
    EXPECT_EQ(me["role"], "participant");
    ASSERT_EQ(me["personas"].size(), 2u);
    std::set<std::string> emails;
    for (const auto &p : me["personas"]) {
        emails.insert(p["email"]);
        EXPECT_EQ(p["verified"], true);
        EXPECT_EQ(p["unread_count"], 0);
        EXPECT_EQ(p["conversation_count"], 0);
    }
    EXPECT_EQ(emails, (std::set<std::string>{jean.email, second.email}));
}

TEST_F(Profile, CollaboratorRoleIsReported)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const auto me = getJson("/api/v1/me", marie);
    EXPECT_EQ(me["role"], "collaborator");
    // The persona's own name is shown when it has one.
    EXPECT_EQ(me["personas"][0]["display_name"], "Marie Unetelle");
}

TEST_F(Profile, EveryProfileCallNeedsAValidToken)
{
    for (const char *path : {"/api/v1/me", "/api/v1/personas", "/api/v1/contacts"}) {
        auto res = getWith(*http, path, "not-a-token");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401) << path;
        EXPECT_EQ(jsonOf(res)["code"], "unauthorized");
        res = http->Get(path);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401) << path;
    }
}

TEST_F(Profile, PersonasCountConversationsAndUnreadOnesPerPersona)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person jean2 = otherPersona(jean, "jean2@pli.test");
    start(marie, {jean}, "One");
    start(marie, {jean}, "Two");
    start(marie, {jean2}, "Three");
    const auto personas = getJson("/api/v1/personas", jean);
    ASSERT_EQ(personas.size(), 2u);
    for (const auto &p : personas) {
        const bool first = p["id"] == jean.personaId;
        EXPECT_EQ(p["conversation_count"], first ? 2 : 1);
        EXPECT_EQ(p["unread_count"], first ? 2 : 1);
    }
    // The owner wrote the messages: nothing is unread for her.
    EXPECT_EQ(personaOf(marie)["unread_count"], 0);
    EXPECT_EQ(personaOf(marie)["conversation_count"], 3);
}
