#pragma once

#include <string_view>

namespace pli::server {

// One line to stderr, timestamped, serialised across threads. Never pass a secret.
void logLine(std::string_view line);

} // namespace pli::server
