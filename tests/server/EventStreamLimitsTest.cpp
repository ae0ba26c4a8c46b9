// Event streams at scale (issue 15) and their quotas (issue 12): streams never starve requests,
// a user's streams and the server's are limited and refused with Retry-After, a stream ends with
// its session even while its events keep flowing, events another process stores still arrive.
#include "ConversationFixture.h"
#include "SseClient.h"

#include <chrono>

using namespace pli::test;
using namespace std::chrono_literals;

namespace {

// Four threads always ready, three streams per user, six in all.
class EventStreamLimits : public ConversationFixture
{
protected:
    EventStreamLimits()
        : ConversationFixture(
              {"--threads", "8", "--max-event-streams", "6", "--max-event-streams-per-user", "3"})
    {}

    std::unique_ptr<SseClient> open(const Person &who)
    {
        return std::make_unique<SseClient>(server.port(), who.token);
    }
};

// The server's defaults, with the fewest threads ready.
class EventStreamsAtScale : public ConversationFixture
{
protected:
    EventStreamsAtScale()
        : ConversationFixture({"--threads", "8"})
    {}
};

std::string headerOf(const SseClient &stream, const std::string &name)
{
    const std::string &headers = stream.headers();
    const auto at = headers.find("\r\n" + name + ": ");
    if (at == std::string::npos)
        return {};
    const auto start = at + name.size() + 4;
    return headers.substr(start, headers.find("\r\n", start) - start);
}

} // namespace

TEST_F(EventStreamLimits, AUsersStreamsBeyondTheQuotaAreRefusedWith429AndRetryAfter)
{
    const Person jean = participant("jean");
    const Person anne = participant("anne");
    std::vector<std::unique_ptr<SseClient>> streams;
    for (int i = 0; i < 3; ++i) {
        streams.push_back(open(jean));
        ASSERT_EQ(streams.back()->status(), 200);
    }
    auto refused = open(jean);
    ASSERT_EQ(refused->status(), 429);
    EXPECT_EQ(headerOf(*refused, "Retry-After"), "30");
    EXPECT_NE(refused->body().find("too_many_streams"), std::string::npos) << refused->body();
    auto other = open(anne);
    EXPECT_EQ(other->status(), 200) << "another user's quota is their own";

    // A closed stream frees its place once the server notices (within about a second).
    streams.pop_back();
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    int status = 0;
    while (status != 200 && std::chrono::steady_clock::now() < deadline) {
        auto again = open(jean);
        status = again->status();
        if (status == 200)
            streams.push_back(std::move(again));
        else
            std::this_thread::sleep_for(100ms);
    }
    EXPECT_EQ(status, 200);
}

TEST_F(EventStreamLimits, StreamsBeyondTheServersLimitAreRefusedWith503AndRetryAfter)
{
    std::vector<Person> people;
    std::vector<std::unique_ptr<SseClient>> streams;
    for (int i = 0; i < 3; ++i) {
        people.push_back(participant("p" + std::to_string(i)));
        for (int k = 0; k < 2; ++k) {
            streams.push_back(open(people.back()));
            ASSERT_EQ(streams.back()->status(), 200);
        }
    }
    const Person late = participant("late");
    auto refused = open(late);
    ASSERT_EQ(refused->status(), 503);
    EXPECT_EQ(headerOf(*refused, "Retry-After"), "10");
    EXPECT_NE(refused->body().find("server_busy"), std::string::npos) << refused->body();
    // Requests are still answered: the limit keeps threads for them.
    auto res = getWith(*http, "/api/v1/me", late.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
}

TEST_F(EventStreamLimits, AStreamEndsWhenItsSessionEndsEvenWhileEventsKeepFlowing)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Busy");
    auto stream = open(jean);
    ASSERT_EQ(stream->status(), 200);
    ASSERT_EQ(post(marie, id, "before")->status, 201);
    ASSERT_TRUE(stream->next("message.created", 5s));
    sql("DELETE FROM access_tokens WHERE user_id = '" + jean.userId + "'"); // signed out
    const auto began = std::chrono::steady_clock::now();
    bool ended = false;
    // More of jean's events than a stream sends at once, every 100 ms: the stream always has
    // something to send.
    while (!ended && std::chrono::steady_clock::now() - began < 10s) {
        sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "INSERT INTO events(user_id, type, data, at) SELECT '" +
            jean.userId + "', 'conversation.updated', '{}', strftime('%s') FROM n");
        ended = stream->ended(100ms);
    }
    EXPECT_TRUE(ended) << "the session ended: so does the stream, whatever it is sending";
    EXPECT_LT(std::chrono::steady_clock::now() - began, 5s);
}

TEST_F(EventStreamLimits, EventsStoredByAnAdminCommandReachTheStreams)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    auto stream = open(jean);
    ASSERT_EQ(stream->status(), 200);
    ASSERT_EQ(server.runAdmin({"conversation", "create", "--from", marie.email, "--to", jean.email,
                               "--title", "From the console", "--body", "Hello"}),
              0);
    const auto created = stream->next("message.created", 5s);
    ASSERT_TRUE(created) << "written by another process, announced within a second or so";
    EXPECT_EQ(created->data["persona_id"], jean.personaId);
}

TEST_F(EventStreamsAtScale, RequestsAreAnsweredWhileFarMoreStreamsThanReadyThreadsAreOpen)
{
    // Issue 15: with a fixed pool, streams held every worker and requests timed out.
    std::vector<Person> people;
    for (int i = 0; i < 8; ++i)
        people.push_back(participant("p" + std::to_string(i)));
    std::vector<std::unique_ptr<SseClient>> streams;
    for (int i = 0; i < 80; ++i) {
        streams.push_back(std::make_unique<SseClient>(server.port(), people[i % 8].token));
        ASSERT_EQ(streams.back()->status(), 200) << i;
    }
    for (const auto &who : people) {
        const auto began = std::chrono::steady_clock::now();
        auto res = getWith(*http, "/api/v1/me", who.token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
        EXPECT_LT(std::chrono::steady_clock::now() - began, 2s);
    }
    const Person marie = collaborator("marie");
    const std::string id = start(marie, people, "Everyone");
    int reached = 0;
    for (auto &s : streams)
        reached += s->next("message.created", 10s).has_value();
    EXPECT_EQ(reached, 80);
}

TEST_F(EventStreamsAtScale, PathsLongerThanAnyRouteAreRefusedBeforeRouting)
{
    const Person jean = participant("jean");
    // cpp-httplib's route matching needs stack in proportion to the path: the server refuses
    // what no route could match instead of risking a worker's small stack.
    auto res = getWith(*http, "/api/v1/conversations/" + std::string(5000, 'a'), jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 414);
    EXPECT_EQ(jsonOf(res)["code"], "uri_too_long");
    res =
        getWith(*http, "/api/v1/conversations/" + std::string(990, 'a') + "/messages", jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << "a long path within the limit is routed";
    res = getWith(*http, "/api/v1/me", jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
}
