#include "TextFold.h"

#include <array>
#include <cstdint>

namespace pli::server {

namespace {
// The unaccented lowercase base of each Latin letter (nullptr: kept as it is); generated from
// Unicode's canonical decompositions, with the letters that have none (Æ, Ø, Ł, Đ, Þ, ß, Œ…)
// spelled the way French and the other Latin-script languages write them without accents.
// clang-format off
// U+00C0 to U+024F
constexpr std::array<const char *, 400> kLatin = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e",
    "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", nullptr,
    "o", "u", "u", "u", "u", "y", "th", "ss", "a", "a", "a", "a",
    "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u",
    "u", "y", "th", "y", "a", "a", "a", "a", "a", "a", "c", "c",
    "c", "c", "c", "c", "c", "c", "d", "d", "d", "d", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i",
    "i", "i", "i", "i", "i", "i", "ij", "ij", "j", "j", "k", "k",
    "k", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l", "n",
    "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s",
    "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
    "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    "b", "b", nullptr, nullptr, nullptr, nullptr, nullptr, "c", "c", "d", "d", nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, "f", "f", "g", nullptr, nullptr, nullptr, "i",
    "k", "k", "l", nullptr, nullptr, "n", "n", "o", "o", "o", nullptr, nullptr,
    "p", "p", nullptr, nullptr, nullptr, nullptr, nullptr, "t", "t", "t", "t", "u",
    "u", nullptr, "v", "y", "y", "z", "z", nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "dz", "dz", "dz", "lj",
    "lj", "lj", "nj", "nj", "nj", "a", "a", "i", "i", "o", "o", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", nullptr, "a", "a",
    "a", "a", "ae", "ae", "g", "g", "g", "g", "k", "k", "o", "o",
    "o", "o", nullptr, nullptr, "j", "dz", "dz", "dz", "g", "g", nullptr, nullptr,
    "n", "n", "a", "a", "ae", "ae", "o", "o", "a", "a", "a", "a",
    "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
    "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t",
    nullptr, nullptr, "h", "h", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "a", "a",
    "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y",
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "a", "c", "c", "l", "t", nullptr,
    nullptr, nullptr, nullptr, "b", nullptr, nullptr, "e", "e", "j", "j", nullptr, nullptr,
    "r", "r", "y", "y",
};
// U+1E00 to U+1EFF
constexpr std::array<const char *, 256> kLatinAdditional = {
    "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d",
    "d", "d", "d", "d", "d", "d", "d", "d", "e", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "f", "f", "g", "g", "h", "h",
    "h", "h", "h", "h", "h", "h", "h", "h", "i", "i", "i", "i",
    "k", "k", "k", "k", "k", "k", "l", "l", "l", "l", "l", "l",
    "l", "l", "m", "m", "m", "m", "m", "m", "n", "n", "n", "n",
    "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "o", "o",
    "p", "p", "p", "p", "r", "r", "r", "r", "r", "r", "r", "r",
    "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t",
    "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "v", "v", "v", "v", "w", "w", "w", "w",
    "w", "w", "w", "w", "w", "w", "x", "x", "x", "x", "y", "y",
    "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", nullptr, "s",
    nullptr, nullptr, "ss", nullptr, "a", "a", "a", "a", "a", "a", "a", "a",
    "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a",
    "a", "a", "a", "a", "e", "e", "e", "e", "e", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "e", "i", "i", "i", "i",
    "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o",
    "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "y", "y", "y", "y", "y", "y", "y", "y", nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr,
};
// clang-format on

constexpr std::array<const char *, 7> kLigatures = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

// Decodes one UTF-8 sequence at `i`; returns false (and skips one byte) when it is invalid.
bool decode(std::string_view text, std::size_t &i, char32_t &cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    int length = 0;
    if (lead < 0x80) {
        cp = lead;
        length = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        cp = lead & 0x1F;
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        cp = lead & 0x0F;
        length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        cp = lead & 0x07;
        length = 4;
    } else {
        ++i;
        return false;
    }
    if (i + static_cast<std::size_t>(length) > text.size()) {
        ++i;
        return false;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(i + static_cast<std::size_t>(k));
        if ((next & 0xC0) != 0x80) {
            ++i;
            return false;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not text.
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return false;
    }
    i += static_cast<std::size_t>(length);
    return true;
}

void encode(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Greek and Cyrillic capitals to small letters; anything else unchanged.
char32_t lowerGreekCyrillic(char32_t cp)
{
    if ((cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) || (cp >= 0x0410 && cp <= 0x042F))
        return cp + 0x20;
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 0x50;
    return cp;
}

void foldInto(std::string &out, std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        if (!decode(text, i, cp))
            continue;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            continue;
        if (cp >= 'A' && cp <= 'Z') {
            out += static_cast<char>(cp - 'A' + 'a');
        } else if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp >= 0x0300 && cp <= 0x036F) {
            continue; // a combining accent
        } else if (cp >= 0x00C0 && cp < 0x00C0 + kLatin.size() && kLatin[cp - 0x00C0]) {
            out += kLatin[cp - 0x00C0];
        } else if (cp >= 0x1E00 && cp < 0x1E00 + kLatinAdditional.size() &&
                   kLatinAdditional[cp - 0x1E00]) {
            out += kLatinAdditional[cp - 0x1E00];
        } else if (cp >= 0xFB00 && cp < 0xFB00 + kLigatures.size()) {
            out += kLigatures[cp - 0xFB00];
        } else {
            encode(out, lowerGreekCyrillic(cp));
        }
    }
}
} // namespace

std::string foldForSearch(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    foldInto(out, utf8);
    return out;
}

std::string conversationSearchKey(std::string_view title, std::string_view ownerEmail,
                                  std::string_view ownerName)
{
    std::string key;
    key.reserve(title.size() + ownerEmail.size() + ownerName.size() + 2);
    foldInto(key, title);
    key += '\x1f';
    foldInto(key, ownerEmail);
    key += '\x1f';
    foldInto(key, ownerName);
    return key;
}

} // namespace pli::server
