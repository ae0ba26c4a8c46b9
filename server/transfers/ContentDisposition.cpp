#include "ContentDisposition.h"

#include "FileName.h"

namespace pli::server {

namespace {
// ASCII look-alikes for Latin-1 letters U+00C0..U+00FF, so "Relevé" falls back to "Releve".
constexpr std::string_view kLatin1Folding[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",
    "D", "N", "O", "O", "O", "O", "O",  "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "_", "o", "u", "u", "u", "u", "y", "th", "y"};

std::string asciiFallback(std::string_view name)
{
    std::string out;
    for (std::size_t pos = 0; pos < name.size();) {
        char32_t c = 0;
        std::size_t length = decodeUtf8(name, pos, c);
        if (length == 0) {
            length = 1;
            c = 0xFFFD;
        }
        pos += length;
        if (c >= 0xC0 && c <= 0xFF)
            out += kLatin1Folding[c - 0xC0];
        else if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '%')
            out += '_'; // '%' too: some clients would percent-decode the fallback
        else
            out += static_cast<char>(c);
    }
    return out;
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else is percent-encoded.
bool isAttrChar(unsigned char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string percentEncoded(std::string_view utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (isAttrChar(c)) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}
} // namespace

std::string attachmentDisposition(std::string_view name)
{
    const std::string safe = sanitizeFileName(name);
    return "attachment; filename=\"" + asciiFallback(safe) + "\"; filename*=UTF-8''" +
           percentEncoded(safe);
}

} // namespace pli::server
