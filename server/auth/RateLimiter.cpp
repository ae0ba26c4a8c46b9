#include "RateLimiter.h"

#include "Clock.h"

namespace pli::server {

std::int64_t RateLimiter::hit(const std::string &key, int limit, std::int64_t windowSeconds)
{
    const std::int64_t now = nowSeconds();
    std::lock_guard guard(m_mutex);
    if (m_windows.size() > 100000) // forget old windows rather than grow without bound
        std::erase_if(m_windows,
                      [&](const auto &item) { return now - item.second.start >= windowSeconds; });
    Window &window = m_windows[key];
    if (now - window.start >= windowSeconds) {
        window.start = now;
        window.count = 0;
    }
    if (window.count >= limit)
        return std::max<std::int64_t>(1, window.start + windowSeconds - now);
    ++window.count;
    return 0;
}

} // namespace pli::server
