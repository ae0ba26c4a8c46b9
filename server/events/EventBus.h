#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pli::server {

class Database;
class StreamRegistry;

// Live updates for /events: events are stored per user in the database (for Last-Event-ID
// replay) and wake that user's open streams.
class EventBus
{
public:
    // `streams`: the server's open streams; none for an admin command (its events reach the
    // server's streams through EventWatcher).
    explicit EventBus(Database &db, StreamRegistry *streams = nullptr);

    // Records an event for a user and wakes their streams. Caller holds the database lock
    // (typically inside the transaction that made the change; a woken stream reads the event
    // once that transaction ends).
    void publish(const std::string &userId, const std::string &type, const nlohmann::json &data);

    // Forgets stored events older than maxAgeSeconds (replay covers recent reconnections only).
    // Caller holds the database lock.
    void prune(std::int64_t maxAgeSeconds);

private:
    Database &m_db;
    StreamRegistry *m_streams;
};

} // namespace pli::server
