#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace pli::server::crypto {

std::vector<unsigned char> randomBytes(size_t count)
{
    std::vector<unsigned char> out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

std::string randomToken(size_t bytes)
{
    const auto raw = randomBytes(bytes);
    std::string text = base64Encode(raw.data(), raw.size());
    for (char &c : text) {
        if (c == '+')
            c = '-';
        else if (c == '/')
            c = '_';
    }
    while (!text.empty() && text.back() == '=')
        text.pop_back();
    return text;
}

std::string randomId(std::string_view prefix)
{
    const auto raw = randomBytes(16);
    return std::string(prefix) + toHex(raw.data(), raw.size());
}

std::string randomDigits(int count)
{
    std::string out;
    while (static_cast<int>(out.size()) < count) {
        const auto byte = randomBytes(1)[0];
        if (byte < 250) // reject to keep the digits uniform
            out.push_back(static_cast<char>('0' + byte % 10));
    }
    return out;
}

std::vector<unsigned char> sha256(std::string_view data)
{
    std::vector<unsigned char> out(32);
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &size, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("EVP_Digest failed");
    return out;
}

std::string sha256Hex(std::string_view data)
{
    const auto digest = sha256(data);
    return toHex(digest.data(), digest.size());
}

std::string toHex(const unsigned char *data, size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (size_t i = 0; i < size; ++i) {
        out.push_back(digits[data[i] >> 4]);
        out.push_back(digits[data[i] & 0xF]);
    }
    return out;
}

std::vector<unsigned char> fromHex(std::string_view hex)
{
    auto value = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2 != 0)
        return {};
    std::vector<unsigned char> out;
    out.reserve(hex.size() / 2);
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int hi = value(hex[i]);
        const int lo = value(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out.push_back(static_cast<unsigned char>(hi << 4 | lo));
    }
    return out;
}

std::string base64Encode(const unsigned char *data, size_t size)
{
    std::string out(4 * ((size + 2) / 3), '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()), data,
                                        static_cast<int>(size));
    out.resize(static_cast<size_t>(written));
    return out;
}

std::string base64Encode(std::string_view data)
{
    return base64Encode(reinterpret_cast<const unsigned char *>(data.data()), data.size());
}

bool base64Decode(std::string_view text, std::string &out)
{
    static const std::string alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    out.clear();
    unsigned int buffer = 0;
    int bits = 0;
    size_t i = 0;
    for (; i < text.size() && text[i] != '='; ++i) {
        const auto pos = alphabet.find(text[i]);
        if (pos == std::string::npos)
            return false;
        buffer = (buffer << 6) | static_cast<unsigned int>(pos);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    size_t padding = 0;
    for (; i < text.size(); ++i) {
        if (text[i] != '=')
            return false;
        ++padding;
    }
    if (padding > 2 || (text.size() % 4 != 0 && padding > 0))
        return false;
    // Leftover bits must be zero padding from the encoder.
    return (buffer & ((1u << bits) - 1)) == 0;
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace pli::server::crypto
