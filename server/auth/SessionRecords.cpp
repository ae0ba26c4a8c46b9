#include "SessionRecords.h"

#include "Database.h"
#include "Principal.h"

namespace pli::server {

void SessionRecords::pruneRefreshTokens(Database &db, std::int64_t now)
{
    db.execute("DELETE FROM refresh_tokens WHERE expires_at <= ?", now);
}

void SessionRecords::insertRefreshToken(Database &db, const std::string &tokenHash,
                                        const std::string &familyId, const std::string &userId,
                                        const std::optional<std::string> &deviceName,
                                        std::int64_t expiresAt, std::int64_t now)
{
    db.execute("INSERT INTO refresh_tokens(token_hash, family_id, user_id, device_name, "
               "expires_at, created_at) VALUES (?,?,?,?,?,?)",
               tokenHash, familyId, userId, deviceName, expiresAt, now);
}

std::optional<RefreshTokenRow> SessionRecords::refreshToken(Database &db,
                                                            const std::string &tokenHash)
{
    auto st = db.query("SELECT r.family_id, r.user_id, r.device_name, r.used, r.revoked, "
                       "r.expires_at, u.active FROM refresh_tokens r "
                       "JOIN users u ON u.id = r.user_id WHERE r.token_hash = ?",
                       tokenHash);
    if (!st.next())
        return std::nullopt;
    return RefreshTokenRow{st.text(0),         st.text(1),
                           st.optionalText(2), st.integer(3) != 0 || st.integer(4) != 0,
                           st.integer(5),      st.integer(6) != 0};
}

void SessionRecords::markRefreshTokenUsed(Database &db, const std::string &tokenHash)
{
    db.execute("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?", tokenHash);
}

std::optional<std::string> SessionRecords::familyOf(Database &db, const std::string &tokenHash,
                                                    const std::string &userId)
{
    auto st = db.query("SELECT family_id FROM refresh_tokens WHERE token_hash = ? AND user_id = ?",
                       tokenHash, userId);
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

void SessionRecords::insertAccessToken(Database &db, const std::string &tokenHash,
                                       const std::string &userId,
                                       const std::optional<std::string> &familyId,
                                       std::int64_t expiresAt, std::int64_t now)
{
    db.execute("DELETE FROM access_tokens WHERE expires_at <= ?", now);
    db.execute("INSERT INTO access_tokens(token_hash, user_id, family_id, expires_at) "
               "VALUES (?, ?, ?, ?)",
               tokenHash, userId, familyId, expiresAt);
}

std::optional<Principal> SessionRecords::principalOf(Database &db, const std::string &tokenHash,
                                                     std::int64_t now)
{
    auto st = db.query("SELECT u.id, u.username, u.role, t.family_id FROM access_tokens t "
                       "JOIN users u ON u.id = t.user_id "
                       "WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = 1",
                       tokenHash, now);
    if (!st.next())
        return std::nullopt;
    return Principal{st.text(0), st.text(1), st.text(2), st.optionalText(3)};
}

bool SessionRecords::accessTokenValid(Database &db, const std::string &tokenHash, std::int64_t now)
{
    auto st = db.query("SELECT 1 FROM access_tokens t JOIN users u ON u.id = t.user_id "
                       "WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = 1",
                       tokenHash, now);
    return st.next();
}

void SessionRecords::deleteAccessToken(Database &db, const std::string &tokenHash)
{
    db.execute("DELETE FROM access_tokens WHERE token_hash = ?", tokenHash);
}

void SessionRecords::revokeFamily(Database &db, const std::string &familyId)
{
    db.execute("UPDATE refresh_tokens SET revoked = 1 WHERE family_id = ?", familyId);
    db.execute("DELETE FROM access_tokens WHERE family_id = ?", familyId);
}

void SessionRecords::revokeUser(Database &db, const std::string &userId,
                                const std::string &keepFamily)
{
    db.execute("UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ? AND family_id != ?", userId,
               keepFamily);
    db.execute("DELETE FROM access_tokens WHERE user_id = ? AND "
               "(family_id IS NULL OR family_id != ?)",
               userId, keepFamily);
}

} // namespace pli::server
