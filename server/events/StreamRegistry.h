#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pli::server {

class StreamRegistry;

// One open event stream as the registry knows it: whose it is, which session opened it, and what
// wakes it. Closing (destroying) it frees its place in the quotas.
class StreamSubscription
{
public:
    ~StreamSubscription();
    StreamSubscription(const StreamSubscription &) = delete;
    StreamSubscription &operator=(const StreamSubscription &) = delete;

    const std::string &userId() const { return m_userId; }
    const std::string &tokenHash() const { return m_tokenHash; }

    // How many times the user's events have been announced so far: a stream that read the
    // database after seeing this number has seen every event announced up to then.
    std::uint64_t announcements() const;
    // The session that opened the stream has ended (expired, signed out, deactivated).
    bool sessionEnded() const;
    // Blocks up to `timeout` until announcements() passes `seen`, the session ends or the
    // server stops. Never blocks when one of them already happened.
    void waitForChange(std::uint64_t seen, std::chrono::milliseconds timeout);

private:
    friend class StreamRegistry;
    StreamSubscription(StreamRegistry &registry, std::string userId, std::string tokenHash);

    StreamRegistry &m_registry;
    std::string m_userId;
    std::string m_tokenHash;
    // Guarded by the registry's mutex.
    std::uint64_t m_announcements = 0;
    bool m_sessionEnded = false;
    std::condition_variable m_changed;
};

// The open event streams of a server, and their limits: at most `perUser` streams per user
// (more answer 429) and `total` streams in all (more answer 503) — each open stream holds a
// worker thread (WorkerPool), so the total is what the server reserves threads for. Wakes only
// the streams of the user an event is for. Thread-safe.
class StreamRegistry
{
public:
    StreamRegistry(int perUser, int total);

    enum class Refusal
    {
        None,
        UserQuota,   // the user has `perUser` streams open
        ServerLimit, // the server has `total` streams open
    };
    // A place for a new stream of the user, or nullptr and why not.
    std::unique_ptr<StreamSubscription> open(const std::string &userId,
                                             const std::string &tokenHash, Refusal &refusal);

    // Events for the user were stored: wakes their streams.
    void announce(const std::string &userId);
    // Ends every stream opened with that access token (its session ended).
    void endSession(const std::string &tokenHash);
    // The access tokens of the open streams, each once.
    std::vector<std::string> openSessions() const;
    int openCount() const;

    // Wakes every stream so that it ends; open() refuses from now on.
    void shutdown();
    bool stopping() const;

    int perUserLimit() const { return m_perUser; }
    int totalLimit() const { return m_total; }

private:
    friend class StreamSubscription;
    void close(StreamSubscription *subscription);

    const int m_perUser;
    const int m_total;
    mutable std::mutex m_mutex;
    std::multimap<std::string, StreamSubscription *> m_byUser;
    int m_open = 0;
    bool m_stopping = false;
};

} // namespace pli::server
