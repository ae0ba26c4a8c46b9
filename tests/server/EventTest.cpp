#include "ConversationFixture.h"

#include "Clock.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace pli::test;
using namespace std::chrono_literals;

namespace {

struct SseEvent
{
    long long id = -1;
    std::string type;
    nlohmann::json data;
};

// A raw Server-Sent Events client on its own socket: sends the request, decodes the chunked
// body and splits it into events, waiting with poll() and a deadline (never sleeping).
class SseClient
{
public:
    SseClient(int port, const std::string &token, const std::string &lastEventId = {})
    {
        m_fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot connect");
        std::string request = "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Accept: text/event-stream\r\n";
        if (!token.empty())
            request += "Authorization: Bearer " + token + "\r\n";
        if (!lastEventId.empty())
            request += "Last-Event-ID: " + lastEventId + "\r\n";
        request += "\r\n";
        if (send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) !=
            static_cast<ssize_t>(request.size()))
            throw std::runtime_error("cannot send");
    }
    ~SseClient() { close(); }
    SseClient(const SseClient &) = delete;
    SseClient &operator=(const SseClient &) = delete;

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    // The response status once the headers arrived (0 on timeout).
    int status(std::chrono::milliseconds timeout = 10s)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!m_headersDone && receive(deadline)) {
        }
        return m_status;
    }
    const std::string &headers() const { return m_headers; }

    // The next event of that type (skipping others), or nullopt at the deadline or the end.
    std::optional<SseEvent> next(const std::string &type, std::chrono::milliseconds timeout = 10s)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            while (!m_events.empty()) {
                SseEvent event = m_events.front();
                m_events.erase(m_events.begin());
                if (event.type == type)
                    return event;
            }
            if (!receive(deadline))
                return std::nullopt;
        }
    }
    // Every event that arrives within the time given.
    std::vector<SseEvent> collect(std::chrono::milliseconds during)
    {
        const auto deadline = std::chrono::steady_clock::now() + during;
        while (receive(deadline)) {
        }
        auto events = std::move(m_events);
        m_events.clear();
        return events;
    }
    // True when the server ended the stream (last chunk or closed connection) in time.
    bool ended(std::chrono::milliseconds timeout = 10s)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!m_ended && receive(deadline)) {
        }
        return m_ended;
    }
    const std::string &body() const { return m_body; }

private:
    // Reads what is there (waiting until the deadline); false at the deadline or the end.
    bool receive(std::chrono::steady_clock::time_point deadline)
    {
        if (m_ended || m_fd < 0)
            return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd pfd{m_fd, POLLIN, 0};
        if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0)
            return false;
        char buffer[8192];
        const ssize_t n = recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            m_ended = true;
            return false;
        }
        m_raw.append(buffer, static_cast<size_t>(n));
        parse();
        return true;
    }

    void parse()
    {
        if (!m_headersDone) {
            const auto end = m_raw.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            m_headers = m_raw.substr(0, end);
            m_status = std::stoi(m_headers.substr(9, 3));
            m_raw.erase(0, end + 4);
            m_headersDone = true;
            m_chunked = m_headers.find("chunked") != std::string::npos;
        }
        if (!m_chunked) {
            m_body += m_raw;
            m_raw.clear();
        }
        while (m_chunked && !m_ended) {
            const auto line = m_raw.find("\r\n");
            if (line == std::string::npos)
                break;
            const size_t size = std::stoul(m_raw.substr(0, line), nullptr, 16);
            if (size == 0) {
                m_ended = true;
                break;
            }
            if (m_raw.size() < line + 2 + size + 2)
                break;
            m_body += m_raw.substr(line + 2, size);
            m_raw.erase(0, line + 2 + size + 2);
        }
        size_t block;
        while ((block = m_body.find("\n\n", m_parsed)) != std::string::npos) {
            SseEvent event;
            std::string text = m_body.substr(m_parsed, block - m_parsed);
            m_parsed = block + 2;
            size_t start = 0;
            while (start <= text.size()) {
                const size_t nl = std::min(text.find('\n', start), text.size());
                const std::string field = text.substr(start, nl - start);
                if (field.rfind("id: ", 0) == 0)
                    event.id = std::stoll(field.substr(4));
                else if (field.rfind("event: ", 0) == 0)
                    event.type = field.substr(7);
                else if (field.rfind("data: ", 0) == 0)
                    event.data = nlohmann::json::parse(field.substr(6));
                else if (field.rfind(':', 0) == 0)
                    ++m_comments;
                start = nl + 1;
            }
            if (!event.type.empty())
                m_events.push_back(event);
        }
    }

    int m_fd = -1;
    std::string m_raw, m_headers, m_body;
    size_t m_parsed = 0;
    bool m_headersDone = false, m_chunked = false, m_ended = false;
    int m_status = 0;
    int m_comments = 0;
    std::vector<SseEvent> m_events;
};

} // namespace

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
