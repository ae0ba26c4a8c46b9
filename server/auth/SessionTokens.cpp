#include "SessionTokens.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Principal.h"
#include "ServerContext.h"
#include "SessionRecords.h"

namespace pli::server {

namespace {
ApiError invalidToken()
{
    return ApiError(401, "invalid_token", "The refresh token is not valid: sign in again.");
}

// Inserts a refresh token of `familyId` and mints its access token. Caller holds the lock.
TokenPair mint(ServerContext &ctx, const std::string &userId, const std::string &familyId,
               const std::optional<std::string> &deviceName)
{
    const auto now = nowSeconds();
    TokenPair pair;
    pair.refreshToken = crypto::randomToken();
    SessionRecords::insertRefreshToken(*ctx.db, crypto::sha256Hex(pair.refreshToken), familyId,
                                       userId, deviceName, now + ctx.config.refreshTokenTtl, now);
    pair.accessToken = issueAccessToken(ctx, userId, familyId);
    pair.expiresIn = ctx.config.accessTokenTtl;
    return pair;
}
} // namespace

nlohmann::json TokenPair::toJson() const
{
    return {{"status", "authenticated"},
            {"access_token", accessToken},
            {"refresh_token", refreshToken},
            {"expires_in", expiresIn}};
}

SessionTokens::SessionTokens(ServerContext &ctx)
    : m_ctx(ctx)
{}

TokenPair SessionTokens::start(const std::string &userId,
                               const std::optional<std::string> &deviceName)
{
    return m_ctx.db->transaction([&] {
        // Expired refresh tokens are useless even as theft evidence: prune them as we go.
        SessionRecords::pruneRefreshTokens(*m_ctx.db, nowSeconds());
        return mint(m_ctx, userId, crypto::randomId("f_"), deviceName);
    });
}

TokenPair SessionTokens::refresh(std::string_view refreshToken)
{
    enum class Outcome
    {
        Rotated,
        Invalid,
        Reused
    };
    TokenPair pair;
    const std::string hash = crypto::sha256Hex(refreshToken);
    const auto outcome = m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        const auto row = SessionRecords::refreshToken(db, hash);
        if (!row)
            return Outcome::Invalid;
        if (row->spent) {
            SessionRecords::revokeFamily(db, row->familyId);
            return Outcome::Reused;
        }
        if (row->expiresAt <= nowSeconds() || !row->userActive)
            return Outcome::Invalid;
        SessionRecords::markRefreshTokenUsed(db, hash);
        pair = mint(m_ctx, row->userId, row->familyId, row->deviceName);
        return Outcome::Rotated;
    });
    if (outcome != Outcome::Rotated)
        throw invalidToken();
    return pair;
}

void SessionTokens::signOut(const Principal &principal, std::string_view accessToken,
                            const std::optional<std::string> &refreshToken)
{
    m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        if (refreshToken) {
            const auto family =
                SessionRecords::familyOf(db, crypto::sha256Hex(*refreshToken), principal.userId);
            if (family)
                SessionRecords::revokeFamily(db, *family);
        }
        if (principal.familyId)
            SessionRecords::revokeFamily(db, *principal.familyId);
        SessionRecords::deleteAccessToken(db, crypto::sha256Hex(accessToken));
    });
}

} // namespace pli::server
