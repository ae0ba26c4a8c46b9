#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

// `--public-url`: http(s)://HOST[:PORT][/PATH], as people reach the server (behind a proxy, the
// proxy's address). Returns it without a trailing slash and with a lower-case scheme and host,
// or nullopt when it is not such a URL (a query, a fragment, credentials, a bad port or
// characters that would need escaping are refused rather than guessed at).
std::optional<std::string> normalizedPublicUrl(std::string_view url);

} // namespace pli::server
