#include "WorkerPool.h"

#include "Log.h"

#include <pthread.h>

namespace pli::server {

WorkerPool::WorkerPool(std::size_t ready, std::size_t max, std::size_t stackBytes,
                       std::chrono::milliseconds idleExit)
    : m_ready(ready)
    , m_max(std::max(ready, max))
    , m_stackBytes(stackBytes)
    , m_idleExit(idleExit)
{
    std::lock_guard guard(m_mutex);
    for (std::size_t i = 0; i < m_ready; ++i)
        if (!startThread())
            break;
}

WorkerPool::~WorkerPool()
{
    shutdown();
}

std::size_t WorkerPool::threadCount() const
{
    std::lock_guard guard(m_mutex);
    return m_threads;
}

bool WorkerPool::startThread()
{
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, m_stackBytes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    const int error = pthread_create(&thread, &attributes, &WorkerPool::threadMain, this);
    pthread_attr_destroy(&attributes);
    if (error != 0) {
        // Out of threads or memory: the connection waits for a busy thread instead.
        logLine("worker pool: cannot start a thread (" + std::to_string(error) + ") with " +
                std::to_string(m_threads) + " running");
        return false;
    }
    ++m_threads;
    return true;
}

void *WorkerPool::threadMain(void *pool)
{
    static_cast<WorkerPool *>(pool)->run();
    return nullptr;
}

void WorkerPool::enqueue(std::function<void()> fn)
{
    {
        std::lock_guard guard(m_mutex);
        m_jobs.push_back(std::move(fn));
        if (m_idle < m_jobs.size() && m_threads < m_max)
            startThread();
    }
    m_work.notify_one();
}

void WorkerPool::run()
{
    std::unique_lock guard(m_mutex);
    for (;;) {
        ++m_idle;
        const bool woken =
            m_work.wait_for(guard, m_idleExit, [&] { return !m_jobs.empty() || m_stopping; });
        --m_idle;
        if (m_jobs.empty()) {
            if (m_stopping || (!woken && m_threads > m_ready))
                break;
            continue;
        }
        auto job = std::move(m_jobs.front());
        m_jobs.pop_front();
        guard.unlock();
        job();
        job = nullptr; // whatever the job holds goes before the thread counts as free
        guard.lock();
    }
    --m_threads;
    // Notified under the lock: shutdown() cannot return, and the pool go, before this is done.
    m_threadEnded.notify_all();
}

void WorkerPool::shutdown()
{
    std::unique_lock guard(m_mutex);
    m_stopping = true;
    m_work.notify_all();
    m_threadEnded.wait(guard, [&] { return m_threads == 0; });
}

} // namespace pli::server
