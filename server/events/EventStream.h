#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace httplib {
class DataSink;
}

namespace pli::server {

struct ServerContext;

// One client's Server-Sent Events stream: replays the user's stored events after
// Last-Event-ID, then sends new ones as they are published, with a comment line every
// keep-alive period. pump() is httplib's chunked content provider: each call does one bounded
// step (send what is there, or wait at most a second) so that the stream notices promptly
// when the server stops or the client goes away, without ever spinning.
class EventStream
{
public:
    static constexpr std::int64_t retentionSeconds = 7 * 24 * 3600;

    // `tokenHash`: the SHA-256 of the access token that opened the stream; the stream ends when
    // that session does (expiry, sign-out, deactivation) and the client reconnects with a fresh
    // token and Last-Event-ID, losing nothing. `lastEventId`: the Last-Event-ID header's value,
    // or -1 to start with what comes next.
    EventStream(ServerContext &ctx, std::string userId, std::string tokenHash,
                std::int64_t lastEventId);

    // false: the client is gone or the server stops (httplib closes the connection).
    bool pump(httplib::DataSink &sink);

private:
    bool sendStoredEvents(httplib::DataSink &sink, bool &sentSome);
    bool write(httplib::DataSink &sink, const std::string &text);
    bool sessionValid();

    ServerContext &m_ctx;
    std::string m_userId;
    std::string m_tokenHash;
    std::int64_t m_lastSentId;
    bool m_started = false;
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace pli::server
