#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server::crypto {

// Cryptographically secure random bytes (OpenSSL RAND_bytes); throws on failure.
std::vector<unsigned char> randomBytes(size_t count);
// A random secret token, base64url without padding (32 bytes of entropy by default).
std::string randomToken(size_t bytes = 32);
// An opaque id such as "c_3f9a..." (prefix + 16 random bytes in hex).
std::string randomId(std::string_view prefix);
// A random string of decimal digits (e-mailed codes).
std::string randomDigits(int count);

std::vector<unsigned char> sha256(std::string_view data);
std::string sha256Hex(std::string_view data);
std::string toHex(const unsigned char *data, size_t size);
std::vector<unsigned char> fromHex(std::string_view hex); // empty on bad input

std::string base64Encode(const unsigned char *data, size_t size);
std::string base64Encode(std::string_view data);
// Strict decoding of standard base64 (padding optional); returns false on bad input.
bool base64Decode(std::string_view text, std::string &out);

// Compares two strings in time independent of where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace pli::server::crypto
