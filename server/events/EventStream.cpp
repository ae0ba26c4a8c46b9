#include "EventStream.h"

#include "Clock.h"
#include "Database.h"
#include "EventBus.h"
#include "EventRecords.h"
#include "ServerContext.h"
#include "SessionRecords.h"

#include <httplib.h>

namespace pli::server {

namespace {
constexpr auto kWakeUp = std::chrono::seconds(1);
constexpr int kBatch = 100;
} // namespace

EventStream::EventStream(ServerContext &ctx, std::string userId, std::string tokenHash,
                         std::int64_t lastEventId)
    : m_ctx(ctx)
    , m_userId(std::move(userId))
    , m_tokenHash(std::move(tokenHash))
    , m_lastSentId(lastEventId)
{
    auto guard = m_ctx.db->lock();
    m_ctx.events->prune(retentionSeconds);
    if (m_lastSentId < 0)
        m_lastSentId = EventRecords::lastIdOf(*m_ctx.db, m_userId);
}

bool EventStream::write(httplib::DataSink &sink, const std::string &text)
{
    m_lastWrite = std::chrono::steady_clock::now();
    return sink.write(text.data(), text.size());
}

bool EventStream::sessionValid()
{
    auto guard = m_ctx.db->lock();
    return SessionRecords::accessTokenValid(*m_ctx.db, m_tokenHash, nowSeconds());
}

bool EventStream::sendStoredEvents(httplib::DataSink &sink, bool &sentSome)
{
    std::string text;
    {
        auto guard = m_ctx.db->lock();
        for (const auto &event : EventRecords::after(*m_ctx.db, m_userId, m_lastSentId, kBatch)) {
            m_lastSentId = event.id;
            text += "id: " + std::to_string(event.id) + "\nevent: " + event.type +
                    "\ndata: " + event.data + "\n\n";
        }
    }
    sentSome = !text.empty();
    return text.empty() || write(sink, text);
}

bool EventStream::pump(httplib::DataSink &sink)
{
    auto &bus = *m_ctx.events;
    // Ending with an error rather than sink.done() makes httplib close the connection at once;
    // a finished response would leave the worker waiting for a next request on it.
    if (bus.stopping())
        return false;
    if (!m_started) {
        m_started = true;
        // Asks clients to come back after 3 s when the connection drops; starts the body so
        // that a client knows at once that the stream is open.
        return write(sink, "retry: 3000\n: stream open\n\n");
    }
    if (!sink.is_writable())
        return false;
    // Read the bus's position first: an event published after this point wakes the wait below
    // even when the query missed it.
    const std::int64_t seen = bus.lastId();
    bool sentSome = false;
    if (!sendStoredEvents(sink, sentSome))
        return false;
    if (sentSome)
        return true;
    if (!sessionValid())
        return false;
    const auto keepAlive = std::chrono::seconds(std::max(1, m_ctx.config.sseKeepAliveSeconds));
    const auto idle = std::chrono::steady_clock::now() - m_lastWrite;
    if (idle >= keepAlive)
        return write(sink, ": keep-alive\n\n");
    // Also wakes every second: events written by another process (the admin commands) reach the
    // database without passing through this bus, and the client may have gone.
    const auto wait = std::min<std::chrono::steady_clock::duration>(kWakeUp, keepAlive - idle);
    bus.waitForNewer(seen, std::chrono::duration_cast<std::chrono::milliseconds>(wait) +
                               std::chrono::milliseconds(1));
    return true;
}

} // namespace pli::server
