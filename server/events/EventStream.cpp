#include "EventStream.h"

#include "Database.h"
#include "EventBus.h"
#include "EventRecords.h"
#include "ServerContext.h"
#include "StreamRegistry.h"

#include <httplib.h>

namespace pli::server {

namespace {
constexpr auto kWakeUp = std::chrono::seconds(1);
constexpr int kBatch = 100;
} // namespace

EventStream::EventStream(ServerContext &ctx, std::unique_ptr<StreamSubscription> subscription,
                         std::int64_t lastEventId)
    : m_ctx(ctx)
    , m_subscription(std::move(subscription))
    , m_lastSentId(lastEventId)
{
    auto guard = m_ctx.db->lock();
    m_ctx.events->prune(retentionSeconds);
    if (m_lastSentId < 0)
        m_lastSentId = EventRecords::lastIdOf(*m_ctx.db, m_subscription->userId());
}

EventStream::~EventStream() = default;

bool EventStream::write(httplib::DataSink &sink, const std::string &text)
{
    m_lastWrite = std::chrono::steady_clock::now();
    return sink.write(text.data(), text.size());
}

bool EventStream::shouldEnd() const
{
    return m_ctx.streams->stopping() || m_subscription->sessionEnded();
}

bool EventStream::sendStoredEvents(httplib::DataSink &sink, bool &sentSome)
{
    std::string text;
    int count = 0;
    {
        auto guard = m_ctx.db->lock();
        for (const auto &event :
             EventRecords::after(*m_ctx.db, m_subscription->userId(), m_lastSentId, kBatch)) {
            m_lastSentId = event.id;
            ++count;
            text += "id: " + std::to_string(event.id) + "\nevent: " + event.type +
                    "\ndata: " + event.data + "\n\n";
        }
    }
    // A full batch may have more behind it.
    m_lookAgain = count == kBatch;
    sentSome = !text.empty();
    return text.empty() || write(sink, text);
}

bool EventStream::pump(httplib::DataSink &sink)
{
    // Ending with an error rather than sink.done() makes httplib close the connection at once;
    // a finished response would leave the worker waiting for a next request on it.
    if (shouldEnd())
        return false;
    if (!m_started) {
        m_started = true;
        // Asks clients to come back after 3 s when the connection drops; starts the body so
        // that a client knows at once that the stream is open.
        return write(sink, "retry: 3000\n: stream open\n\n");
    }
    if (!sink.is_writable())
        return false;
    // Read the announcements first: one made after this point wakes the wait below even when
    // the query missed its event.
    const std::uint64_t announced = m_subscription->announcements();
    if (m_lookAgain || announced != m_seenAnnouncements) {
        m_seenAnnouncements = announced;
        bool sentSome = false;
        if (!sendStoredEvents(sink, sentSome))
            return false;
        if (sentSome)
            return true;
    }
    const auto keepAlive = std::chrono::seconds(std::max(1, m_ctx.config.sseKeepAliveSeconds));
    const auto idle = std::chrono::steady_clock::now() - m_lastWrite;
    if (idle >= keepAlive)
        return write(sink, ": keep-alive\n\n");
    // Also wakes every second to notice a client that went away.
    const auto wait = std::min<std::chrono::steady_clock::duration>(kWakeUp, keepAlive - idle);
    m_subscription->waitForChange(m_seenAnnouncements,
                                  std::chrono::duration_cast<std::chrono::milliseconds>(wait) +
                                      std::chrono::milliseconds(1));
    return true;
}

} // namespace pli::server
