#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

struct ServerContext;
class Database;

// The tokens answered at the end of a sign-in or a refresh.
struct TokenPair
{
    std::string accessToken;
    std::string refreshToken;
    std::int64_t expiresIn = 0; // of the access token, in seconds

    // {"status":"authenticated","access_token","refresh_token","expires_in"}
    nlohmann::json toJson() const;
};

// Sessions: a family of rotating refresh tokens (one per sign-in, random, stored hashed) and the
// access tokens minted from it. Reusing a rotated refresh token is taken as theft and ends the
// whole family, access tokens included.
class SessionTokens
{
public:
    explicit SessionTokens(ServerContext &ctx);

    // Starts a new family for a user who just completed a sign-in.
    TokenPair start(const std::string &userId, const std::optional<std::string> &deviceName);
    // Rotates: marks the presented token used and answers a new pair of the same family.
    // Throws ApiError 401 invalid_token (unknown, expired, used or revoked token, inactive user);
    // a used or revoked token first revokes its family.
    TokenPair refresh(std::string_view refreshToken);

    // The family of a refresh token if it belongs to `userId` (logout with a body).
    std::optional<std::string> familyOf(std::string_view refreshToken, const std::string &userId);
    void revokeFamily(const std::string &familyId);
    // Ends one access token (sign-out of a session that has no family, e.g. minted by the CLI).
    void revokeAccessToken(std::string_view accessToken);

    // Ends every session of a user, except `keepFamily` when given. Caller holds the lock
    // (usable inside a transaction that changes the account).
    static void revokeUser(Database &db, const std::string &userId,
                           const std::optional<std::string> &keepFamily = std::nullopt);
    static void revokeFamily(Database &db, const std::string &familyId);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
