#include "SessionTokens.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Principal.h"
#include "ServerContext.h"

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
    ctx.db->execute("INSERT INTO refresh_tokens(token_hash, family_id, user_id, device_name, "
                    "expires_at, created_at) VALUES (?,?,?,?,?,?)",
                    crypto::sha256Hex(pair.refreshToken), familyId, userId, deviceName,
                    now + ctx.config.refreshTokenTtl, now);
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
        m_ctx.db->execute("DELETE FROM refresh_tokens WHERE expires_at <= ?", nowSeconds());
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
    const auto outcome = m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        auto st = db.query("SELECT r.family_id, r.user_id, r.device_name, r.used, r.revoked, "
                           "r.expires_at, u.active FROM refresh_tokens r "
                           "JOIN users u ON u.id = r.user_id WHERE r.token_hash = ?",
                           crypto::sha256Hex(refreshToken));
        if (!st.next())
            return Outcome::Invalid;
        const std::string familyId = st.text(0);
        const std::string userId = st.text(1);
        const auto deviceName = st.optionalText(2);
        const bool spent = st.integer(3) != 0 || st.integer(4) != 0;
        const bool expired = st.integer(5) <= nowSeconds();
        const bool active = st.integer(6) != 0;
        if (spent) {
            revokeFamily(db, familyId);
            return Outcome::Reused;
        }
        if (expired || !active)
            return Outcome::Invalid;
        db.execute("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?",
                   crypto::sha256Hex(refreshToken));
        pair = mint(m_ctx, userId, familyId, deviceName);
        return Outcome::Rotated;
    });
    if (outcome != Outcome::Rotated)
        throw invalidToken();
    return pair;
}

std::optional<std::string> SessionTokens::familyOf(std::string_view refreshToken,
                                                   const std::string &userId)
{
    auto guard = m_ctx.db->lock();
    auto st =
        m_ctx.db->query("SELECT family_id FROM refresh_tokens WHERE token_hash = ? AND user_id = ?",
                        crypto::sha256Hex(refreshToken), userId);
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

void SessionTokens::revokeFamily(const std::string &familyId)
{
    m_ctx.db->transaction([&] { revokeFamily(*m_ctx.db, familyId); });
}

void SessionTokens::revokeAccessToken(std::string_view accessToken)
{
    auto guard = m_ctx.db->lock();
    m_ctx.db->execute("DELETE FROM access_tokens WHERE token_hash = ?",
                      crypto::sha256Hex(accessToken));
}

void SessionTokens::revokeFamily(Database &db, const std::string &familyId)
{
    db.execute("UPDATE refresh_tokens SET revoked = 1 WHERE family_id = ?", familyId);
    db.execute("DELETE FROM access_tokens WHERE family_id = ?", familyId);
}

void SessionTokens::revokeUser(Database &db, const std::string &userId,
                               const std::optional<std::string> &keepFamily)
{
    const std::string keep = keepFamily.value_or("");
    db.execute("UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ? AND family_id != ?", userId,
               keep);
    db.execute("DELETE FROM access_tokens WHERE user_id = ? AND "
               "(family_id IS NULL OR family_id != ?)",
               userId, keep);
}

} // namespace pli::server
