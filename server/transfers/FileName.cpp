#include "FileName.h"

namespace pli::server {

namespace {
constexpr std::size_t kMaxBytes = 255;
constexpr std::size_t kMaxKeptExtension = 16;
constexpr std::string_view kFallbackName = "attachment";

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

// Largest prefix of text no longer than limit bytes that ends on a character boundary.
std::string_view utf8Prefix(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    // Trailing dots and spaces are dropped by Windows when saving; keep the name as saved.
    while (!text.empty() && (isSpace(text.back()) || text.back() == '.'))
        text.remove_suffix(1);
    return std::string(text);
}
} // namespace

std::size_t decodeUtf8(std::string_view text, std::size_t pos, char32_t &codePoint)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (byte(pos + i) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    codePoint = value;
    return length;
}

std::string sanitizeFileName(std::string_view name)
{
    // Basename: whatever follows the last separator of either platform.
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos)
        name.remove_prefix(slash + 1);

    std::string clean;
    clean.reserve(name.size());
    for (std::size_t pos = 0; pos < name.size();) {
        char32_t c = 0;
        const std::size_t length = decodeUtf8(name, pos, c);
        if (length == 0) {
            clean += '_'; // a byte that is not UTF-8
            ++pos;
            continue;
        }
        if (isControl(c))
            clean += '_';
        else if (c == '.' && !clean.empty() && clean.back() == '.')
            ; // collapse ".." so the name can never step out of a folder
        else
            clean.append(name.substr(pos, length));
        pos += length;
    }

    clean = trimmed(clean);
    if (clean.empty() || clean == ".")
        return std::string(kFallbackName);
    if (clean.size() <= kMaxBytes)
        return clean;

    const auto dot = clean.rfind('.');
    if (dot != std::string::npos && dot > 0 && clean.size() - dot <= kMaxKeptExtension) {
        const std::string extension = clean.substr(dot);
        return std::string(utf8Prefix(clean, kMaxBytes - extension.size())) + extension;
    }
    return trimmed(utf8Prefix(clean, kMaxBytes));
}

} // namespace pli::server
