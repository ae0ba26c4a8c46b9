#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace pli::server {

class Database;
class StreamRegistry;

// Looks after the open event streams once a second, in one thread for all of them, so that a
// thousand idle streams cost no database work of their own: wakes the streams of users whose
// events another process stored (the admin commands write the database directly), and ends the
// streams whose session has ended (expired, signed out, deactivated), even while their events
// keep flowing.
class EventWatcher
{
public:
    EventWatcher(Database &db, StreamRegistry &streams);
    ~EventWatcher(); // stops the thread
    EventWatcher(const EventWatcher &) = delete;
    EventWatcher &operator=(const EventWatcher &) = delete;

    // One round now (the thread runs one each second).
    void checkOnce();

private:
    void run();
    void announceNewEvents();
    void endFinishedSessions();

    Database &m_db;
    StreamRegistry &m_streams;
    std::int64_t m_lastEventId = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pli::server
