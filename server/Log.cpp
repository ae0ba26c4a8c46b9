#include "Log.h"

#include "Clock.h"

#include <iostream>
#include <mutex>

namespace pli::server {

void logLine(std::string_view line)
{
    static std::mutex mutex;
    const std::string stamp = toRfc3339(nowSeconds());
    std::lock_guard guard(mutex);
    std::cerr << stamp << ' ' << line << '\n' << std::flush;
}

} // namespace pli::server
