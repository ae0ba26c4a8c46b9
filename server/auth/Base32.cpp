#include "Base32.h"

namespace pli::server::base32 {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}
} // namespace

std::string encode(const std::vector<unsigned char> &bytes)
{
    std::string out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    unsigned int buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 0x1F]);
        }
    }
    if (bits > 0)
        out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    return out;
}

std::optional<std::vector<unsigned char>> decode(std::string_view text)
{
    std::string symbols;
    for (const char c : text) {
        if (c != ' ')
            symbols.push_back(c);
    }
    while (!symbols.empty() && symbols.back() == '=')
        symbols.pop_back();
    // Lengths of 1, 3 or 6 symbols modulo 8 cannot come from whole bytes.
    const size_t rest = symbols.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;

    std::vector<unsigned char> out;
    out.reserve(symbols.size() * 5 / 8);
    unsigned int buffer = 0;
    int bits = 0;
    for (const char c : symbols) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = ((buffer << 5) | static_cast<unsigned int>(value)) & 0xFFFF;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<unsigned char>((buffer >> bits) & 0xFF));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::optional<std::string> normalize(std::string_view text)
{
    const auto bytes = decode(text);
    if (!bytes)
        return std::nullopt;
    return encode(*bytes);
}

} // namespace pli::server::base32
