#pragma once

#include <cstdint>
#include <string_view>

namespace pli::server {

// Which bytes of a representation a GET asks for (RFC 9110 §14): the answer to a `Range`
// header resolved against the representation's size. Only a single range is served as a part;
// several ranges, unknown units or malformed values fall back to the whole representation.
struct ByteRange
{
    enum class Kind
    {
        Whole,         // 200 with every byte
        Partial,       // 206 with bytes first..last
        Unsatisfiable, // 416 with `Content-Range: bytes */size`
    };

    Kind kind = Kind::Whole;
    std::int64_t first = 0;
    std::int64_t last = -1; // inclusive; -1 with first 0 for an empty representation

    std::int64_t length() const { return last - first + 1; }

    static ByteRange whole(std::int64_t size);
    // Resolves a Range header value (empty when absent) against size.
    static ByteRange resolve(std::string_view header, std::int64_t size);
};

} // namespace pli::server
