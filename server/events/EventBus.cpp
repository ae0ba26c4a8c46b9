#include "EventBus.h"

#include "Clock.h"
#include "Database.h"
#include "EventRecords.h"

namespace pli::server {

EventBus::EventBus(Database &db)
    : m_db(db)
{
    auto guard = m_db.lock();
    m_lastId = EventRecords::lastId(m_db);
}

void EventBus::publish(const std::string &userId, const std::string &type,
                       const nlohmann::json &data)
{
    const std::int64_t id = EventRecords::insert(m_db, userId, type, data.dump(), nowSeconds());
    {
        std::lock_guard guard(m_mutex);
        m_lastId = std::max(m_lastId, id);
    }
    m_cv.notify_all();
}

std::int64_t EventBus::lastId() const
{
    std::lock_guard guard(m_mutex);
    return m_lastId;
}

void EventBus::prune(std::int64_t maxAgeSeconds)
{
    EventRecords::deleteOlderThan(m_db, nowSeconds() - maxAgeSeconds);
}

void EventBus::shutdown()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
}

bool EventBus::stopping() const
{
    std::lock_guard guard(m_mutex);
    return m_stopping;
}

std::int64_t EventBus::waitForNewer(std::int64_t afterId, std::chrono::milliseconds timeout)
{
    std::unique_lock guard(m_mutex);
    m_cv.wait_for(guard, timeout, [&] { return m_stopping || m_lastId > afterId; });
    return m_lastId;
}

} // namespace pli::server
