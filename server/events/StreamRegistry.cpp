#include "StreamRegistry.h"

#include <set>

namespace pli::server {

StreamSubscription::StreamSubscription(StreamRegistry &registry, std::string userId,
                                       std::string tokenHash)
    : m_registry(registry)
    , m_userId(std::move(userId))
    , m_tokenHash(std::move(tokenHash))
{}

StreamSubscription::~StreamSubscription()
{
    m_registry.close(this);
}

std::uint64_t StreamSubscription::announcements() const
{
    std::lock_guard guard(m_registry.m_mutex);
    return m_announcements;
}

bool StreamSubscription::sessionEnded() const
{
    std::lock_guard guard(m_registry.m_mutex);
    return m_sessionEnded;
}

void StreamSubscription::waitForChange(std::uint64_t seen, std::chrono::milliseconds timeout)
{
    std::unique_lock guard(m_registry.m_mutex);
    m_changed.wait_for(guard, timeout, [&] {
        return m_announcements != seen || m_sessionEnded || m_registry.m_stopping;
    });
}

StreamRegistry::StreamRegistry(int perUser, int total)
    : m_perUser(perUser)
    , m_total(total)
{}

std::unique_ptr<StreamSubscription>
StreamRegistry::open(const std::string &userId, const std::string &tokenHash, Refusal &refusal)
{
    std::lock_guard guard(m_mutex);
    refusal = Refusal::None;
    if (m_stopping || m_open >= m_total) {
        refusal = Refusal::ServerLimit;
        return nullptr;
    }
    if (static_cast<int>(m_byUser.count(userId)) >= m_perUser) {
        refusal = Refusal::UserQuota;
        return nullptr;
    }
    std::unique_ptr<StreamSubscription> subscription(
        new StreamSubscription(*this, userId, tokenHash));
    m_byUser.emplace(userId, subscription.get());
    ++m_open;
    return subscription;
}

void StreamRegistry::close(StreamSubscription *subscription)
{
    std::lock_guard guard(m_mutex);
    auto [first, last] = m_byUser.equal_range(subscription->m_userId);
    for (auto it = first; it != last; ++it) {
        if (it->second == subscription) {
            m_byUser.erase(it);
            --m_open;
            return;
        }
    }
}

void StreamRegistry::announce(const std::string &userId)
{
    std::lock_guard guard(m_mutex);
    auto [first, last] = m_byUser.equal_range(userId);
    for (auto it = first; it != last; ++it) {
        ++it->second->m_announcements;
        it->second->m_changed.notify_one();
    }
}

void StreamRegistry::endSession(const std::string &tokenHash)
{
    std::lock_guard guard(m_mutex);
    for (auto &[user, subscription] : m_byUser) {
        if (subscription->m_tokenHash == tokenHash) {
            subscription->m_sessionEnded = true;
            subscription->m_changed.notify_one();
        }
    }
}

std::vector<std::string> StreamRegistry::openSessions() const
{
    std::set<std::string> tokens;
    {
        std::lock_guard guard(m_mutex);
        for (const auto &[user, subscription] : m_byUser)
            tokens.insert(subscription->m_tokenHash);
    }
    return {tokens.begin(), tokens.end()};
}

int StreamRegistry::openCount() const
{
    std::lock_guard guard(m_mutex);
    return m_open;
}

void StreamRegistry::shutdown()
{
    std::lock_guard guard(m_mutex);
    m_stopping = true;
    for (auto &[user, subscription] : m_byUser)
        subscription->m_changed.notify_one();
}

bool StreamRegistry::stopping() const
{
    std::lock_guard guard(m_mutex);
    return m_stopping;
}

} // namespace pli::server
