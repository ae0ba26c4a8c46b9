#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace pli::server {

// Fixed-window counters in memory, keyed by a string such as "login:<ip>". Thread-safe.
class RateLimiter
{
public:
    // Counts one hit; returns 0 when allowed, or the seconds to wait (for Retry-After).
    std::int64_t hit(const std::string &key, int limit, std::int64_t windowSeconds);

private:
    struct Window
    {
        std::int64_t start = 0;
        int count = 0;
    };
    std::mutex m_mutex;
    std::map<std::string, Window> m_windows;
};

} // namespace pli::server
