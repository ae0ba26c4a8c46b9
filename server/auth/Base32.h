#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server::base32 {

// RFC 4648 base32 as authenticator apps expect it for TOTP secrets: upper-case alphabet A-Z2-7,
// no padding on output.
std::string encode(const std::vector<unsigned char> &bytes);

// Decodes base32 leniently about presentation (lower case, spaces and trailing '=' padding are
// accepted, as people type secrets by hand) but strictly about content: any other character, an
// impossible length or non-zero leftover bits give nullopt.
std::optional<std::vector<unsigned char>> decode(std::string_view text);

// The canonical form of a secret typed by hand (upper case, no spaces, no padding); nullopt when
// it does not decode.
std::optional<std::string> normalize(std::string_view text);

} // namespace pli::server::base32
