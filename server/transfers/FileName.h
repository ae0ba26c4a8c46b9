#pragma once

#include <string>
#include <string_view>

namespace pli::server {

// The name an attachment is stored and offered under, made safe to use as a file name on any
// client: the basename only (no '/' or '\\'), valid UTF-8 without control characters, no "..",
// not empty, at most 255 bytes cut on a character boundary (keeping a short extension).
std::string sanitizeFileName(std::string_view name);

// Decodes one UTF-8 character at text[pos]; returns its length in bytes and sets codePoint, or
// returns 0 when the bytes there are not valid UTF-8 (overlong forms and surrogates included).
std::size_t decodeUtf8(std::string_view text, std::size_t pos, char32_t &codePoint);

} // namespace pli::server
