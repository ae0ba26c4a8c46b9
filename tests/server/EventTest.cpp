#include "ConversationFixture.h"
#include "SseClient.h"

#include "Clock.h"

#include <chrono>
#include <thread>

using namespace pli::test;
using namespace std::chrono_literals;

using Event = ConversationFixture;

TEST_F(Event, AStreamRequiresAValidToken)
{
    SseClient anonymous(server.port(), "");
    EXPECT_EQ(anonymous.status(), 401);
    SseClient wrong(server.port(), "nope");
    EXPECT_EQ(wrong.status(), 401);
    const Person jean = participant("jean");
    SseClient badId(server.port(), jean.token, "abc");
    EXPECT_EQ(badId.status(), 400);
}

TEST_F(Event, ANewMessageReachesTheOtherMembersStreams)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Live");
    SseClient jeanStream(server.port(), jean.token);
    SseClient marieStream(server.port(), marie.token);
    ASSERT_EQ(jeanStream.status(), 200);
    ASSERT_EQ(marieStream.status(), 200);
    EXPECT_NE(jeanStream.headers().find("text/event-stream"), std::string::npos);
    EXPECT_TRUE(jeanStream.collect(200ms).empty()) << "no replay without Last-Event-ID";

    const auto posted = post(marie, id, "Hello live");
    ASSERT_EQ(posted->status, 201);
    const std::string messageId = nlohmann::json::parse(posted->body)["id"];
    const auto created = jeanStream.next("message.created");
    ASSERT_TRUE(created);
    // Who wrote and where, for a desktop notification; never the message itself.
    EXPECT_EQ(
        created->data,
        (nlohmann::json{{"conversation_id", id},
                        {"persona_id", jean.personaId},
                        {"message_id", messageId},
                        {"conversation_title", "Live"},
                        {"sender", {{"email", marie.email}, {"display_name", "Marie Unetelle"}}},
                        {"starts_conversation", false}}));
    EXPECT_EQ(created->data.dump().find("Hello live"), std::string::npos);
    EXPECT_GT(created->id, 0);
    const auto unread = jeanStream.next("persona.unread");
    ASSERT_TRUE(unread);
    EXPECT_EQ(unread->data, (nlohmann::json{{"persona_id", jean.personaId}, {"unread_count", 1}}));
    const auto updated = jeanStream.next("conversation.updated");
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->data["conversation_id"], id);

    // The sender's own stream learns that the conversation changed, not of a new message.
    const auto mine = marieStream.collect(500ms);
    ASSERT_FALSE(mine.empty());
    for (const auto &event : mine)
        EXPECT_EQ(event.type, "conversation.updated");

    // Opening the message lowers the count live.
    const auto messages = getJson("/api/v1/conversations/" + id + "/messages", jean)["items"];
    for (const auto &m : messages)
        postJson(*http, "/api/v1/messages/" + m["id"].get<std::string>() + "/open",
                 nlohmann::json::object(), jean.token);
    std::optional<SseEvent> unreadNow;
    do
        unreadNow = jeanStream.next("persona.unread");
    while (unreadNow && unreadNow->data["unread_count"] != 0);
    ASSERT_TRUE(unreadNow) << "persona.unread with unread_count 0";
}

TEST_F(Event, LastEventIdReplaysWhatWasMissed)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Missed");
    ASSERT_EQ(post(marie, id, "while away")->status, 201);

    SseClient all(server.port(), jean.token, "0");
    ASSERT_EQ(all.status(), 200);
    std::vector<SseEvent> replayed;
    for (int i = 0; i < 2; ++i)
        if (auto e = all.next("message.created"))
            replayed.push_back(*e);
    ASSERT_EQ(replayed.size(), 2u) << "the start and the post";
    EXPECT_TRUE(replayed[0].data["starts_conversation"].get<bool>());
    EXPECT_FALSE(replayed[1].data["starts_conversation"].get<bool>());
    EXPECT_FALSE(all.next("message.created", 300ms));
    EXPECT_LT(replayed[0].id, replayed[1].id);

    SseClient later(server.port(), jean.token, std::to_string(replayed[0].id));
    ASSERT_EQ(later.status(), 200);
    const auto again = later.next("message.created", 2s);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, replayed[1].id);
    EXPECT_FALSE(later.next("message.created", 300ms));

    // Another user's events are never replayed to jean.
    const Person anne = participant("anne");
    SseClient anneAll(server.port(), anne.token, "0");
    ASSERT_EQ(anneAll.status(), 200);
    EXPECT_TRUE(anneAll.collect(500ms).empty());
}

TEST_F(Event, EventsOlderThanAWeekAreForgotten)
{
    const Person jean = participant("jean");
    const auto old = pli::server::nowSeconds() - 8 * 24 * 3600;
    sql("INSERT INTO events(user_id, type, data, at) VALUES ('" + jean.userId +
        "', 'conversation.updated', '{}', " + std::to_string(old) + ")");
    SseClient stream(server.port(), jean.token, "0");
    ASSERT_EQ(stream.status(), 200);
    EXPECT_TRUE(stream.collect(500ms).empty());
    auto guard = server.db().lock();
    auto st = server.db().query("SELECT COUNT(*) FROM events");
    st.next();
    EXPECT_EQ(st.integer(0), 0);
}

TEST_F(Event, AStreamEndsWhenTheClientGoesAway)
{
    const Person jean = participant("jean");
    {
        SseClient stream(server.port(), jean.token);
        ASSERT_EQ(stream.status(), 200);
    }
    // httplib logs a request once its worker is done with it: the stream's worker is free again
    // within about a second of the client leaving (it checks the socket each second).
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    bool logged = false;
    while (!logged && std::chrono::steady_clock::now() < deadline) {
        logged = server.log().find("GET /api/v1/events 200") != std::string::npos;
        if (!logged)
            std::this_thread::sleep_for(50ms);
    }
    EXPECT_TRUE(logged);
}

TEST_F(Event, AStreamEndsWithItsSession)
{
    const Person jean = participant("jean");
    SseClient stream(server.port(), jean.token);
    ASSERT_EQ(stream.status(), 200);
    EXPECT_FALSE(stream.ended(300ms));
    sql("DELETE FROM access_tokens WHERE user_id = '" + jean.userId + "'"); // signed out
    EXPECT_TRUE(stream.ended(5s)) << "a stream does not outlive the session that opened it";
}

TEST_F(Event, StreamsEndWhenTheServerStops)
{
    const Person jean = participant("jean");
    SseClient a(server.port(), jean.token);
    SseClient b(server.port(), jean.token);
    ASSERT_EQ(a.status(), 200);
    ASSERT_EQ(b.status(), 200);
    const auto began = std::chrono::steady_clock::now();
    EXPECT_EQ(server.stop(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - began, 5s);
    EXPECT_TRUE(a.ended(1s));
    EXPECT_TRUE(b.ended(1s));
}

TEST_F(Event, SixtyStreamsStayOpenWhileRequestsAreAnswered)
{
    const Person marie = collaborator("marie");
    std::vector<Person> people;
    for (int i = 0; i < 6; ++i)
        people.push_back(participant("p" + std::to_string(i)));
    const std::string id = start(marie, people, "Crowd");
    std::vector<std::unique_ptr<SseClient>> streams;
    for (int i = 0; i < 60; ++i)
        streams.push_back(std::make_unique<SseClient>(server.port(), people[i % 6].token));
    for (auto &s : streams)
        ASSERT_EQ(s->status(), 200);

    for (int i = 0; i < 4; ++i) {
        auto c = server.client();
        auto res = getWith(*c, "/api/v1/me", people[static_cast<size_t>(i)].token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
    }
    ASSERT_EQ(post(marie, id, "to everyone")->status, 201);
    int reached = 0;
    for (auto &s : streams)
        reached += s->next("message.created", 10s).has_value();
    EXPECT_EQ(reached, 60);

    const auto began = std::chrono::steady_clock::now();
    EXPECT_EQ(server.stop(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - began, 5s);
}
