#include "EventBus.h"

#include "Clock.h"
#include "Database.h"
#include "EventRecords.h"
#include "StreamRegistry.h"

namespace pli::server {

EventBus::EventBus(Database &db, StreamRegistry *streams)
    : m_db(db)
    , m_streams(streams)
{}

void EventBus::publish(const std::string &userId, const std::string &type,
                       const nlohmann::json &data)
{
    EventRecords::insert(m_db, userId, type, data.dump(), nowSeconds());
    if (m_streams)
        m_streams->announce(userId);
}

void EventBus::prune(std::int64_t maxAgeSeconds)
{
    EventRecords::deleteOlderThan(m_db, nowSeconds() - maxAgeSeconds);
}

} // namespace pli::server
