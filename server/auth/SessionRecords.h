#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

class Database;
struct Principal;

// A row of `refresh_tokens` as a refresh needs it.
struct RefreshTokenRow
{
    std::string familyId;
    std::string userId;
    std::optional<std::string> deviceName;
    bool spent = false; // used or revoked
    std::int64_t expiresAt = 0;
    bool userActive = true;
};

// The `refresh_tokens` and `access_tokens` tables. Tokens are stored as their SHA-256 only;
// every function takes that hash. Caller holds the database lock.
class SessionRecords
{
public:
    static void insertRefreshToken(Database &db, const std::string &tokenHash,
                                   const std::string &familyId, const std::string &userId,
                                   const std::optional<std::string> &deviceName,
                                   std::int64_t expiresAt, std::int64_t now);
    // Deletes expired refresh tokens.
    static void pruneRefreshTokens(Database &db, std::int64_t now);
    static std::optional<RefreshTokenRow> refreshToken(Database &db, const std::string &tokenHash);
    static void markRefreshTokenUsed(Database &db, const std::string &tokenHash);
    // The family of a refresh token when it belongs to userId.
    static std::optional<std::string> familyOf(Database &db, const std::string &tokenHash,
                                               const std::string &userId);

    // Deletes expired access tokens, then inserts one.
    static void insertAccessToken(Database &db, const std::string &tokenHash,
                                  const std::string &userId,
                                  const std::optional<std::string> &familyId,
                                  std::int64_t expiresAt, std::int64_t now);
    // The active user behind an unexpired access token.
    static std::optional<Principal> principalOf(Database &db, const std::string &tokenHash,
                                                std::int64_t now);
    static bool accessTokenValid(Database &db, const std::string &tokenHash, std::int64_t now);
    static void deleteAccessToken(Database &db, const std::string &tokenHash);

    // Revokes the family's refresh tokens and deletes its access tokens.
    static void revokeFamily(Database &db, const std::string &familyId);
    // The same for every family of a user but `keepFamily` (empty: none kept), and the user's
    // access tokens without a family.
    static void revokeUser(Database &db, const std::string &userId, const std::string &keepFamily);
};

} // namespace pli::server
