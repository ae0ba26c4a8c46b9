#include "PasswordHash.h"

#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <sstream>
#include <stdexcept>
#include <vector>

namespace pli::server {

namespace {
// scrypt N=2^15, r=8, p=1: 32 MiB and ~0.1 s per hash on one core (OWASP's minimum).
constexpr std::uint64_t kN = 1u << 15;
constexpr std::uint64_t kR = 8;
constexpr std::uint64_t kP = 1;
constexpr size_t kKeyLength = 32;

bool derive(std::string_view password, const std::string &salt, std::uint64_t n, std::uint64_t r,
            std::uint64_t p, unsigned char *out, size_t outLength)
{
    return EVP_PBE_scrypt(password.data(), password.size(),
                          reinterpret_cast<const unsigned char *>(salt.data()), salt.size(), n, r,
                          p, 256ull << 20, out, outLength) == 1;
}
} // namespace

std::string hashPassword(std::string_view password)
{
    const auto saltBytes = crypto::randomBytes(16);
    const std::string salt(saltBytes.begin(), saltBytes.end());
    unsigned char key[kKeyLength];
    if (!derive(password, salt, kN, kR, kP, key, sizeof key))
        throw std::runtime_error("scrypt failed");
    std::ostringstream out;
    out << "scrypt$" << kN << '$' << kR << '$' << kP << '$' << crypto::base64Encode(salt) << '$'
        << crypto::base64Encode(key, sizeof key);
    return out.str();
}

bool verifyPassword(std::string_view password, std::string_view stored)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in{std::string(stored)};
    while (std::getline(in, part, '$'))
        parts.push_back(part);
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    std::uint64_t n = 0, r = 0, p = 0;
    try {
        n = std::stoull(parts[1]);
        r = std::stoull(parts[2]);
        p = std::stoull(parts[3]);
    } catch (...) {
        return false;
    }
    std::string salt, expected;
    if (!crypto::base64Decode(parts[4], salt) || !crypto::base64Decode(parts[5], expected) ||
        expected.empty() || expected.size() > 64)
        return false;
    std::vector<unsigned char> key(expected.size());
    if (!derive(password, salt, n, r, p, key.data(), key.size()))
        return false;
    return crypto::constantTimeEquals(std::string(key.begin(), key.end()), expected);
}

} // namespace pli::server
