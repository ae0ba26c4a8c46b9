#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace pli::server {

// Joins pieces of text (a statement chosen at run time, generated XML) into one string sized
// once. Preferred to chains of std::string operator+, which GCC 12 at -O2 reports as
// overflowing (-Wstringop-overflow, GCC PR 105329) and which copy at every step.
inline std::string concat(std::initializer_list<std::string_view> pieces)
{
    std::size_t size = 0;
    for (const auto piece : pieces)
        size += piece.size();
    std::string text;
    text.reserve(size);
    for (const auto piece : pieces)
        text.append(piece);
    return text;
}

} // namespace pli::server
