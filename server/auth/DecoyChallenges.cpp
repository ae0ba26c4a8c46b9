#include "DecoyChallenges.h"

#include "Clock.h"
#include "Crypto.h"
#include "EmailAddress.h"

#include <algorithm>

namespace pli::server {

namespace {
constexpr size_t kMaxEntries = 10000;
constexpr std::int64_t kForgetAccountsAfter = 24 * 3600;

std::int64_t coolDownLeft(std::int64_t sentAt, std::int64_t interval, std::int64_t now)
{
    if (sentAt == 0 || now - sentAt >= interval)
        return 0;
    return std::max<std::int64_t>(1, sentAt + interval - now);
}
} // namespace

void DecoyChallenges::prune(std::int64_t now)
{
    std::erase_if(m_decoys, [&](const auto &item) { return item.second.expiresAt <= now; });
    std::erase_if(m_accounts, [&](const auto &item) {
        return now - item.second.seenAt >= kForgetAccountsAfter;
    });
    // Still full (a flood): forget the oldest pretended accounts; decoys expire on their own.
    while (m_accounts.size() >= kMaxEntries) {
        const auto oldest = std::min_element(
            m_accounts.begin(), m_accounts.end(),
            [](const auto &a, const auto &b) { return a.second.seenAt < b.second.seenAt; });
        m_accounts.erase(oldest);
    }
    while (m_decoys.size() >= kMaxEntries) {
        const auto oldest =
            std::min_element(m_decoys.begin(), m_decoys.end(), [](const auto &a, const auto &b) {
                return a.second.expiresAt < b.second.expiresAt;
            });
        m_decoys.erase(oldest);
    }
}

std::optional<DecoyChallenges::Started> DecoyChallenges::start(std::string_view identifier,
                                                               std::int64_t ttl,
                                                               std::int64_t interval,
                                                               int maxFailures)
{
    const auto now = nowSeconds();
    const std::string token = crypto::randomToken();
    std::lock_guard guard(m_mutex);
    prune(now);
    const std::string key = lowered(identifier);
    Pretended &account = m_accounts[key];
    account.seenAt = now;
    if (account.failures >= maxFailures)
        return std::nullopt;
    Started started{token, coolDownLeft(account.sentAt, interval, now)};
    Decoy decoy{key, 0, 0, now + ttl};
    if (started.coolDown == 0) {
        account.sentAt = now;
        decoy.sentAt = now;
    }
    m_decoys.emplace(crypto::sha256Hex(token), decoy);
    return started;
}

std::pair<DecoyChallenges::Decoy *, DecoyChallenges::Pretended *>
DecoyChallenges::find(std::string_view token, std::int64_t now)
{
    const auto it = m_decoys.find(crypto::sha256Hex(token));
    if (it == m_decoys.end() || it->second.expiresAt <= now)
        return {nullptr, nullptr};
    Pretended &account = m_accounts[it->second.identifier];
    account.seenAt = now;
    return {&it->second, &account};
}

std::optional<int> DecoyChallenges::wrongCode(std::string_view token, int maxAttempts,
                                              int maxFailures)
{
    const auto now = nowSeconds();
    std::lock_guard guard(m_mutex);
    const auto [decoy, account] = find(token, now);
    if (!decoy)
        return std::nullopt;
    ++decoy->attempts;
    ++account->failures;
    const int remaining =
        std::max(0, std::min(maxAttempts - decoy->attempts, maxFailures - account->failures));
    if (remaining == 0)
        m_decoys.erase(crypto::sha256Hex(token));
    return remaining;
}

std::optional<std::int64_t> DecoyChallenges::resend(std::string_view token, std::int64_t interval)
{
    const auto now = nowSeconds();
    std::lock_guard guard(m_mutex);
    const auto [decoy, account] = find(token, now);
    if (!decoy)
        return std::nullopt;
    const auto wait = std::max(coolDownLeft(account->sentAt, interval, now),
                               coolDownLeft(decoy->sentAt, interval, now));
    if (wait == 0) {
        account->sentAt = now;
        decoy->sentAt = now;
    }
    return wait;
}

} // namespace pli::server
