#include "EventRecords.h"

#include "Database.h"

#include <algorithm>

namespace pli::server {

std::int64_t EventRecords::insert(Database &db, const std::string &userId, const std::string &type,
                                  const std::string &data, std::int64_t at)
{
    db.execute("INSERT INTO events(user_id, type, data, at) VALUES (?, ?, ?, ?)", userId, type,
               data, at);
    return db.lastInsertRowId();
}

std::int64_t EventRecords::lastId(Database &db)
{
    auto st = db.query("SELECT COALESCE(MAX(id), 0) FROM events");
    return st.next() ? st.integer(0) : 0;
}

std::int64_t EventRecords::lastIdOf(Database &db, const std::string &userId)
{
    auto st = db.query("SELECT COALESCE(MAX(id), 0) FROM events WHERE user_id = ?", userId);
    st.next();
    return st.integer(0);
}

std::vector<std::string> EventRecords::usersWithEventsAfter(Database &db, std::int64_t afterId,
                                                            std::int64_t &newestId)
{
    auto st =
        db.query("SELECT user_id, MAX(id) FROM events WHERE id > ? GROUP BY user_id", afterId);
    std::vector<std::string> users;
    while (st.next()) {
        users.push_back(st.text(0));
        newestId = std::max(newestId, st.integer(1));
    }
    return users;
}

std::vector<StoredEvent> EventRecords::after(Database &db, const std::string &userId,
                                             std::int64_t afterId, int limit)
{
    auto st = db.query("SELECT id, type, data FROM events WHERE user_id = ? AND id > ? "
                       "ORDER BY id LIMIT ?",
                       userId, afterId, limit);
    std::vector<StoredEvent> events;
    while (st.next())
        events.push_back({st.integer(0), st.text(1), st.text(2)});
    return events;
}

void EventRecords::deleteOlderThan(Database &db, std::int64_t at)
{
    db.execute("DELETE FROM events WHERE at < ?", at);
}

} // namespace pli::server
