#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

// Unix time in seconds, UTC.
std::int64_t nowSeconds();
// RFC 3339 UTC with seconds: 2015-02-02T20:14:18Z
std::string toRfc3339(std::int64_t unixSeconds);
// Parses the form above (and a numeric offset); nullopt when invalid.
std::optional<std::int64_t> fromRfc3339(std::string_view text);
// RFC 7231 IMF-fixdate, for HTTP headers (Upload-Expires).
std::string toHttpDate(std::int64_t unixSeconds);

} // namespace pli::server
