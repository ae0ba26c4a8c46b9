#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

namespace pli::server {

class Database;

// Live updates for /events: events are stored per user in the database (for Last-Event-ID
// replay) and wake the streams waiting for them.
class EventBus
{
public:
    explicit EventBus(Database &db);

    // Records an event for a user and wakes their streams. Caller holds the database lock
    // (typically inside the transaction that made the change).
    void publish(const std::string &userId, const std::string &type, const nlohmann::json &data);

    // The newest event id published through this bus (or stored when it started). Streams read
    // it before looking for their events so that a wait afterwards cannot miss one.
    std::int64_t lastId() const;

    // Forgets stored events older than maxAgeSeconds (replay covers recent reconnections only).
    // Caller holds the database lock.
    void prune(std::int64_t maxAgeSeconds);

    // Wakes every stream so that they end (server shutdown).
    void shutdown();
    bool stopping() const;

    // Blocks up to `timeout` for an event newer than `afterId`, or shutdown. Returns the newest
    // event id known (unchanged when nothing arrived).
    std::int64_t waitForNewer(std::int64_t afterId, std::chrono::milliseconds timeout);

private:
    Database &m_db;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::int64_t m_lastId = 0;
    bool m_stopping = false;
};

} // namespace pli::server
