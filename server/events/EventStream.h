#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace httplib {
class DataSink;
}

namespace pli::server {

struct ServerContext;
class StreamSubscription;

// One client's Server-Sent Events stream: replays the user's stored events after
// Last-Event-ID, then sends new ones as they are announced, with a comment line every
// keep-alive period. pump() is httplib's chunked content provider: each call does one bounded
// step (send what is there, or wait at most a second) so that the stream notices promptly
// when the server stops, its session ends or the client goes away, without ever spinning. The
// database is read only when the user's events were announced (StreamRegistry).
class EventStream
{
public:
    static constexpr std::int64_t retentionSeconds = 7 * 24 * 3600;

    // `subscription`: the stream's place in the registry, opened with the SHA-256 of the access
    // token that opened the stream; the stream ends when that session does (expiry, sign-out,
    // deactivation: EventWatcher) and the client reconnects with a fresh token and
    // Last-Event-ID, losing nothing. `lastEventId`: the Last-Event-ID header's value, or -1 to
    // start with what comes next.
    EventStream(ServerContext &ctx, std::unique_ptr<StreamSubscription> subscription,
                std::int64_t lastEventId);
    ~EventStream();

    // false: the client is gone, the session ended or the server stops (httplib closes the
    // connection).
    bool pump(httplib::DataSink &sink);

private:
    bool sendStoredEvents(httplib::DataSink &sink, bool &sentSome);
    bool write(httplib::DataSink &sink, const std::string &text);
    bool shouldEnd() const;

    ServerContext &m_ctx;
    std::unique_ptr<StreamSubscription> m_subscription;
    std::int64_t m_lastSentId;
    // Announcements of the user's events already looked for in the database.
    std::uint64_t m_seenAnnouncements = 0;
    bool m_lookAgain = true; // the database may hold events not sent yet
    bool m_started = false;
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace pli::server
