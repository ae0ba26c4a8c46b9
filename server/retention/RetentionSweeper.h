#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace pli::server {

struct ServerContext;

// What a sweep removed.
struct SweepResult
{
    int expiredMessages = 0;
    int unlistedConversations = 0;
    int files = 0;
    std::int64_t bytes = 0; // of the files removed
};

// Deletes for good what the contract says is gone (ContentPurge): the text and files of expired
// messages, and the attachments of conversations no member has listed for
// config.retentionSeconds, and what modules add (addTask). Runs once when started, then every
// config.sweepInterval seconds on its own thread, until stopped.
class RetentionSweeper
{
public:
    explicit RetentionSweeper(ServerContext &ctx);
    ~RetentionSweeper();
    RetentionSweeper(const RetentionSweeper &) = delete;
    RetentionSweeper &operator=(const RetentionSweeper &) = delete;

    void start();
    // Returns once the thread has finished its current sweep. Safe from any thread, and twice.
    void stop();

    // Adds a module's own clean-up (expired uploads) to every sweep. Before start() only.
    void addTask(std::function<void()> task);

    // One sweep, on the calling thread. Takes the database lock in short batches only; the
    // files are removed outside it.
    SweepResult sweep();

private:
    void run();
    void removeFiles(const std::vector<std::string> &attachmentIds, SweepResult &result);

    ServerContext &m_ctx;
    std::mutex m_mutex; // m_stopping
    std::condition_variable m_wake;
    std::mutex m_threadMutex; // starting and joining m_thread
    bool m_stopping = false;
    std::thread m_thread;
    std::vector<std::function<void()>> m_tasks;
};

} // namespace pli::server
