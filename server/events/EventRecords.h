#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pli::server {

class Database;

// A stored event as a stream sends it.
struct StoredEvent
{
    std::int64_t id = 0;
    std::string type;
    std::string data; // JSON text
};

// The `events` table: each user's live updates, kept for Last-Event-ID replay. Caller holds
// the database lock.
class EventRecords
{
public:
    // Returns the new event's id.
    static std::int64_t insert(Database &db, const std::string &userId, const std::string &type,
                               const std::string &data, std::int64_t at);
    // The newest id stored, of anyone's events (0 when none).
    static std::int64_t lastId(Database &db);
    // The newest id stored for a user (0 when none).
    static std::int64_t lastIdOf(Database &db, const std::string &userId);
    // The users with events after `afterId`, each once; `newestId` becomes the newest id seen.
    static std::vector<std::string> usersWithEventsAfter(Database &db, std::int64_t afterId,
                                                         std::int64_t &newestId);
    // The user's events after `afterId`, oldest first, at most `limit`.
    static std::vector<StoredEvent> after(Database &db, const std::string &userId,
                                          std::int64_t afterId, int limit);
    static void deleteOlderThan(Database &db, std::int64_t at);
};

} // namespace pli::server
