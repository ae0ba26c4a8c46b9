#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace pli::server {

// Runs cpp-httplib's connections, each on a thread of its own for as long as it lasts: `ready`
// threads wait for connections at all times; while every thread is busy, each new connection
// starts another, up to `max`; threads beyond `ready` leave after a minute without work. An
// event stream holds its thread for hours, so a fixed pool would let a few hundred streams
// starve every request (issue 15); here requests always find a thread as long as the streams
// stay within the `max - ready` threads kept for them (StreamRegistry's limit). Past `max`,
// connections wait in line, as with httplib's own pool. The threads get `stackBytes` of stack
// instead of the system's 8 MiB, so that thousands of them cost little address space.
class WorkerPool : public httplib::TaskQueue
{
public:
    WorkerPool(std::size_t ready, std::size_t max, std::size_t stackBytes,
               std::chrono::milliseconds idleExit = std::chrono::minutes(1));
    ~WorkerPool() override;

    void enqueue(std::function<void()> fn) override;
    // Runs what is queued, then waits until every thread has ended.
    void shutdown() override;

    std::size_t threadCount() const;

private:
    static void *threadMain(void *pool);
    void run();
    bool startThread(); // caller holds m_mutex

    const std::size_t m_ready;
    const std::size_t m_max;
    const std::size_t m_stackBytes;
    const std::chrono::milliseconds m_idleExit;
    mutable std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_threadEnded;
    std::deque<std::function<void()>> m_jobs;
    std::size_t m_threads = 0;
    std::size_t m_idle = 0;
    bool m_stopping = false;
};

} // namespace pli::server
