#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

struct Principal;
struct ServerContext;

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

    // Ends the session of `principal` (its family, else its access token alone, e.g. one minted
    // by the CLI) and, when given, the family of a refresh token of the same user.
    void signOut(const Principal &principal, std::string_view accessToken,
                 const std::optional<std::string> &refreshToken);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
