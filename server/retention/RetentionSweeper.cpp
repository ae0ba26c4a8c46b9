#include "RetentionSweeper.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "ContentPurge.h"
#include "Log.h"
#include "ServerContext.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <vector>

namespace pli::server {

namespace {
// Rows per transaction: the database lock is never held long, whatever the backlog.
constexpr int kBatch = 200;
} // namespace

RetentionSweeper::RetentionSweeper(ServerContext &ctx)
    : m_ctx(ctx)
{}

RetentionSweeper::~RetentionSweeper()
{
    stop();
}

void RetentionSweeper::start()
{
    std::lock_guard threadGuard(m_threadMutex);
    if (m_thread.joinable())
        return;
    {
        std::lock_guard guard(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void RetentionSweeper::stop()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    std::lock_guard threadGuard(m_threadMutex);
    if (m_thread.joinable())
        m_thread.join();
}

void RetentionSweeper::run()
{
    const auto interval =
        std::chrono::seconds(std::max<std::int64_t>(m_ctx.config.sweepInterval, 1));
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        try {
            sweep();
        } catch (const std::exception &e) {
            logLine(std::string("retention sweep failed: ") + e.what()); // tried again later
        }
        lock.lock();
        m_wake.wait_for(lock, interval, [this] { return m_stopping; });
    }
}

void RetentionSweeper::addTask(std::function<void()> task)
{
    m_tasks.push_back(std::move(task));
}

SweepResult RetentionSweeper::sweep()
{
    for (const auto &task : m_tasks)
        task();
    SweepResult result;
    auto &db = *m_ctx.db;
    for (int count = kBatch; count == kBatch;) {
        const auto files = ContentPurge::purgeExpiredMessages(db, nowSeconds(), kBatch, &count);
        result.expiredMessages += count;
        removeFiles(files, result);
    }
    const std::int64_t unlistedBefore = nowSeconds() - m_ctx.config.retentionSeconds;
    for (int count = kBatch; count == kBatch;) {
        const auto files =
            ContentPurge::purgeUnlistedConversations(db, unlistedBefore, kBatch, &count);
        result.unlistedConversations += count;
        removeFiles(files, result);
    }
    if (result.expiredMessages > 0 || result.unlistedConversations > 0)
        logLine("retention: " + std::to_string(result.expiredMessages) +
                " expired message(s) and the attachments of " +
                std::to_string(result.unlistedConversations) +
                " unlisted conversation(s) removed (" + std::to_string(result.files) +
                " file(s), " + std::to_string(result.bytes) + " bytes)");
    return result;
}

void RetentionSweeper::removeFiles(const std::vector<std::string> &attachmentIds,
                                   SweepResult &result)
{
    for (const auto &id : attachmentIds) {
        const auto path = m_ctx.attachments->blobPath(id);
        std::error_code sizeError;
        std::error_code removeError;
        const auto size = std::filesystem::file_size(path, sizeError);
        if (std::filesystem::remove(path, removeError)) {
            ++result.files;
            result.bytes += sizeError ? 0 : static_cast<std::int64_t>(size);
        }
    }
}

} // namespace pli::server
