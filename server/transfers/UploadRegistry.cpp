#include "UploadRegistry.h"

namespace pli::server {

UploadRegistry::Lease::Lease(UploadRegistry &registry, std::shared_ptr<Entry> entry)
    : m_registry(&registry)
    , m_entry(std::move(entry))
{}

UploadRegistry::Lease::Lease(Lease &&other) noexcept
    : m_registry(other.m_registry)
    , m_entry(std::move(other.m_entry))
{}

UploadRegistry::Lease::~Lease()
{
    if (!m_entry)
        return;
    std::lock_guard guard(m_registry->m_mutex);
    m_entry->busy = false;
}

UploadRegistry::RunningDigest *UploadRegistry::Lease::runningAt(std::int64_t offset)
{
    // Only the lease holder touches `running`, so no lock is needed here.
    if (offset == 0 && (!m_entry->running || m_entry->running->bytes != 0))
        m_entry->running.emplace();
    if (m_entry->running && m_entry->running->bytes == offset)
        return &*m_entry->running;
    return nullptr;
}

UploadRegistry::RunningDigest &
UploadRegistry::Lease::runningFromFile(const std::filesystem::path &file, std::int64_t offset)
{
    if (RunningDigest *running = runningAt(offset))
        return *running;
    m_entry->running.emplace();
    m_entry->running->digest = Digest::sha256OfPrefix(file, offset);
    m_entry->running->bytes = offset;
    return *m_entry->running;
}

void UploadRegistry::Lease::dropRunning()
{
    m_entry->running.reset();
}

std::optional<UploadRegistry::Lease> UploadRegistry::tryAcquire(const std::string &uploadId)
{
    std::lock_guard guard(m_mutex);
    auto &entry = m_entries[uploadId];
    if (!entry)
        entry = std::make_shared<Entry>();
    if (entry->busy)
        return std::nullopt;
    entry->busy = true;
    return Lease(*this, entry);
}

void UploadRegistry::forget(const std::string &uploadId)
{
    std::lock_guard guard(m_mutex);
    // A lease still running keeps its own reference to the entry and releases it harmlessly.
    m_entries.erase(uploadId);
}

} // namespace pli::server
