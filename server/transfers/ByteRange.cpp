#include "ByteRange.h"

#include <charconv>
#include <limits>
#include <optional>

namespace pli::server {

namespace {
std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// A run of digits; values too large for int64 saturate (they are past any size anyway).
std::optional<std::int64_t> digits(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        return std::numeric_limits<std::int64_t>::max();
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool startsWithBytesUnit(std::string_view text)
{
    constexpr std::string_view unit = "bytes=";
    if (text.size() < unit.size())
        return false;
    for (std::size_t i = 0; i < unit.size(); ++i) {
        const char c = text[i];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != unit[i])
            return false;
    }
    return true;
}
} // namespace

ByteRange ByteRange::whole(std::int64_t size)
{
    return ByteRange{Kind::Whole, 0, size - 1};
}

ByteRange ByteRange::resolve(std::string_view header, std::int64_t size)
{
    const ByteRange all = whole(size);
    header = trim(header);
    // An empty representation has no byte to address: every request gets it whole.
    if (header.empty() || size <= 0 || !startsWithBytesUnit(header))
        return all;
    const std::string_view spec = trim(header.substr(6));
    if (spec.find(',') != std::string_view::npos)
        return all; // several ranges: the whole body is simpler and allowed (RFC 9110 §14.2)
    const auto dash = spec.find('-');
    if (dash == std::string_view::npos)
        return all;
    const std::string_view firstText = trim(spec.substr(0, dash));
    const std::string_view lastText = trim(spec.substr(dash + 1));

    if (firstText.empty()) { // suffix: the last n bytes
        const auto suffix = digits(lastText);
        if (!suffix)
            return all;
        if (*suffix == 0)
            return ByteRange{Kind::Unsatisfiable, 0, -1};
        const std::int64_t count = *suffix < size ? *suffix : size;
        return ByteRange{Kind::Partial, size - count, size - 1};
    }
    const auto first = digits(firstText);
    if (!first)
        return all;
    std::int64_t last = size - 1;
    if (!lastText.empty()) {
        const auto parsed = digits(lastText);
        if (!parsed || *parsed < *first)
            return all; // invalid range-spec: ignored
        last = *parsed < size - 1 ? *parsed : size - 1;
    }
    if (*first >= size)
        return ByteRange{Kind::Unsatisfiable, 0, -1};
    return ByteRange{Kind::Partial, *first, last};
}

} // namespace pli::server
