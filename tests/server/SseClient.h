#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace pli::test {

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
    SseClient(int port, const std::string &token, const std::string &lastEventId = {});
    ~SseClient();
    SseClient(const SseClient &) = delete;
    SseClient &operator=(const SseClient &) = delete;

    void close();

    // The response status once the headers arrived (0 on timeout).
    int status(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    const std::string &headers() const { return m_headers; }

    // The next event of that type (skipping others), or nullopt at the deadline or the end.
    std::optional<SseEvent> next(const std::string &type,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Every event that arrives within the time given.
    std::vector<SseEvent> collect(std::chrono::milliseconds during);
    // True when the server ended the stream (last chunk or closed connection) in time.
    bool ended(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The body received so far; for an answer that is not a stream (a refusal, with its
    // Content-Length), the whole body once it arrived (or what came by the deadline).
    const std::string &body(std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    // Reads what is there (waiting until the deadline); false at the deadline or the end.
    bool receive(std::chrono::steady_clock::time_point deadline);
    void parse();

    int m_fd = -1;
    std::string m_raw, m_headers, m_body;
    size_t m_parsed = 0;
    bool m_headersDone = false, m_chunked = false, m_ended = false;
    int m_status = 0;
    int m_comments = 0;
    std::vector<SseEvent> m_events;
};

} // namespace pli::test
