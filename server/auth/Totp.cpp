#include "Totp.h"

#include "Base32.h"
#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace pli::server::totp {

namespace {
std::string percentEncode(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                                byte == '_' || byte == '~';
        if (unreserved) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 0xF]);
        }
    }
    return out;
}
} // namespace

std::string hotp(const std::vector<unsigned char> &key, std::uint64_t counter, int digits)
{
    if (digits < 6 || digits > 8)
        throw std::invalid_argument("HOTP codes have 6 to 8 digits");
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), message, sizeof message, mac,
              &macLength) ||
        macLength != 20)
        throw std::runtime_error("HMAC-SHA-1 failed");
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = mac[19] & 0x0F;
    const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7F) << 24) |
                                 (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                                 (static_cast<std::uint32_t>(mac[offset + 2]) << 8) |
                                 static_cast<std::uint32_t>(mac[offset + 3]);
    std::uint32_t modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    std::string code = std::to_string(binary % modulus);
    return std::string(static_cast<size_t>(digits) - code.size(), '0') + code;
}

std::int64_t stepAt(std::int64_t unixSeconds)
{
    return unixSeconds / kPeriod;
}

std::string codeAt(const std::vector<unsigned char> &key, std::int64_t unixSeconds, int digits)
{
    return hotp(key, static_cast<std::uint64_t>(stepAt(unixSeconds)), digits);
}

std::string codeAt(std::string_view base32Secret, std::int64_t unixSeconds, int digits)
{
    const auto key = base32::decode(base32Secret);
    if (!key || key->empty())
        return {};
    return codeAt(*key, unixSeconds, digits);
}

std::optional<std::int64_t> matchStep(const std::vector<unsigned char> &key, std::string_view code,
                                      std::int64_t unixSeconds, std::int64_t lastAcceptedStep)
{
    if (code.size() != static_cast<size_t>(kDigits))
        return std::nullopt;
    for (const char c : code) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const std::int64_t current = stepAt(unixSeconds);
    std::optional<std::int64_t> matched;
    for (std::int64_t step = current - 1; step <= current + 1; ++step) {
        const bool equal =
            crypto::constantTimeEquals(hotp(key, static_cast<std::uint64_t>(step)), code);
        if (equal && step > lastAcceptedStep && !matched)
            matched = step;
    }
    return matched;
}

std::string generateSecret()
{
    return base32::encode(crypto::randomBytes(kSecretBytes));
}

std::string provisioningUri(std::string_view username, std::string_view base32Secret)
{
    return "otpauth://totp/Pli:" + percentEncode(username) +
           "?secret=" + std::string(base32Secret) +
           "&issuer=Pli&digits=" + std::to_string(kDigits) + "&period=" + std::to_string(kPeriod);
}

} // namespace pli::server::totp
