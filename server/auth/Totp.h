#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server::totp {

// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP with HMAC-SHA-1), as every
// authenticator app computes them. Also used by tests and the demo seeding to compute codes.

constexpr std::int64_t kPeriod = 30; // seconds per time step
constexpr int kDigits = 6;
constexpr int kSecretBytes = 20; // 160-bit secrets, as RFC 4226 recommends

// The HOTP value of `counter`, zero-padded to `digits` (6 to 8).
std::string hotp(const std::vector<unsigned char> &key, std::uint64_t counter,
                 int digits = kDigits);
// The time step of a Unix time.
std::int64_t stepAt(std::int64_t unixSeconds);
// The code shown by an authenticator at `unixSeconds`.
std::string codeAt(const std::vector<unsigned char> &key, std::int64_t unixSeconds,
                   int digits = kDigits);
// Same with a base32 secret; empty when the secret does not decode.
std::string codeAt(std::string_view base32Secret, std::int64_t unixSeconds, int digits = kDigits);

// Checks a 6-digit code against the steps around `unixSeconds` (one step of clock drift either
// way). Steps at or below `lastAcceptedStep` never match, so a code cannot be used twice.
// Returns the matching step. Compares every candidate in constant time.
std::optional<std::int64_t> matchStep(const std::vector<unsigned char> &key, std::string_view code,
                                      std::int64_t unixSeconds, std::int64_t lastAcceptedStep = -1);

// A new random secret, base32 without padding.
std::string generateSecret();

// otpauth://totp/Pli:<username>?secret=...&issuer=Pli&digits=6&period=30 (the QR code's text).
std::string provisioningUri(std::string_view username, std::string_view base32Secret);

} // namespace pli::server::totp
