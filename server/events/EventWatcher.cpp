#include "EventWatcher.h"

#include "Clock.h"
#include "Database.h"
#include "EventRecords.h"
#include "Log.h"
#include "SessionRecords.h"
#include "StreamRegistry.h"

namespace pli::server {

namespace {
constexpr auto kPeriod = std::chrono::seconds(1);
// Sessions checked per turn of the database lock, so that requests wait at most that long.
constexpr std::size_t kSessionBatch = 100;
} // namespace

EventWatcher::EventWatcher(Database &db, StreamRegistry &streams)
    : m_db(db)
    , m_streams(streams)
{
    {
        auto guard = m_db.lock();
        m_lastEventId = EventRecords::lastId(m_db);
    }
    m_thread = std::thread([this] { run(); });
}

EventWatcher::~EventWatcher()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void EventWatcher::run()
{
    std::unique_lock guard(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(guard, kPeriod, [&] { return m_stopping; });
        if (m_stopping)
            break;
        guard.unlock();
        try {
            checkOnce();
        } catch (const std::exception &e) {
            // A busy or failing database: the next round tries again.
            logLine(std::string("event watcher: ") + e.what());
        }
        guard.lock();
    }
}

void EventWatcher::checkOnce()
{
    announceNewEvents();
    endFinishedSessions();
}

void EventWatcher::announceNewEvents()
{
    if (m_streams.openCount() == 0) {
        auto guard = m_db.lock();
        m_lastEventId = EventRecords::lastId(m_db);
        return;
    }
    std::vector<std::string> users;
    {
        auto guard = m_db.lock();
        users = EventRecords::usersWithEventsAfter(m_db, m_lastEventId, m_lastEventId);
    }
    // Events this server published were announced already; a second wake costs one query.
    for (const auto &user : users)
        m_streams.announce(user);
}

void EventWatcher::endFinishedSessions()
{
    const std::vector<std::string> tokens = m_streams.openSessions();
    std::vector<std::string> ended;
    for (std::size_t i = 0; i < tokens.size(); i += kSessionBatch) {
        auto guard = m_db.lock();
        const auto now = nowSeconds();
        for (std::size_t k = i; k < std::min(tokens.size(), i + kSessionBatch); ++k)
            if (!SessionRecords::accessTokenValid(m_db, tokens[k], now))
                ended.push_back(tokens[k]);
    }
    for (const auto &token : ended)
        m_streams.endSession(token);
}

} // namespace pli::server
