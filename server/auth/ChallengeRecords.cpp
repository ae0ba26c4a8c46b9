#include "ChallengeRecords.h"

#include "AuthProblems.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"

#include <algorithm>

namespace pli::server {

namespace {
const char *kindName(ChallengeKind kind)
{
    switch (kind) {
    case ChallengeKind::SecondFactor:
        return "second_factor";
    case ChallengeKind::TotpEnrollment:
        return "totp_enrollment";
    case ChallengeKind::PasswordChange:
        return "password_change";
    }
    return "";
}
} // namespace

ChallengeRecords::ChallengeRecords(ServerContext &ctx)
    : m_ctx(ctx)
{}

std::string ChallengeRecords::create(const std::string &userId, ChallengeKind kind,
                                     const SignInOrigin &origin, std::int64_t ttlSeconds,
                                     const std::optional<std::string> &pendingTotpSecret)
{
    const std::string token = crypto::randomToken();
    const auto now = nowSeconds();
    m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        db.execute("DELETE FROM challenges WHERE expires_at <= ?", now);
        // Room for the new one: the user's newest others stay, the oldest go.
        db.execute("DELETE FROM challenges WHERE user_id = ? AND id_hash NOT IN (SELECT id_hash "
                   "FROM challenges WHERE user_id = ? ORDER BY created_at DESC, rowid DESC "
                   "LIMIT ?)",
                   userId, userId, ServerConfig::maxOpenChallenges - 1);
        db.execute("INSERT INTO challenges(id_hash, user_id, kind, device_name, language, "
                   "pending_totp_secret, expires_at, created_at) VALUES (?,?,?,?,?,?,?,?)",
                   crypto::sha256Hex(token), userId, kindName(kind), origin.deviceName,
                   origin.language, pendingTotpSecret, now + ttlSeconds, now);
    });
    return token;
}

Challenge ChallengeRecords::require(std::string_view token, ChallengeKind kind)
{
    auto challenge = find(token, kind);
    if (!challenge)
        throw authProblems::challengeExpired();
    return *challenge;
}

std::optional<Challenge> ChallengeRecords::find(std::string_view token, ChallengeKind kind)
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query(
        "SELECT c.id_hash, c.user_id, c.device_name, c.attempts, c.pending_totp_secret, "
        "c.email_code_hash, c.email_code_expires_at, c.email_code_sent_at, c.expires_at, "
        "c.language FROM challenges c JOIN users u ON u.id = c.user_id "
        "WHERE c.id_hash = ? AND c.kind = ? AND c.expires_at > ? AND u.active = 1 AND "
        "u.locked = 0",
        crypto::sha256Hex(token), kindName(kind), nowSeconds());
    if (!st.next())
        return std::nullopt;
    Challenge challenge;
    challenge.idHash = st.text(0);
    challenge.userId = st.text(1);
    challenge.kind = kind;
    challenge.origin.deviceName = st.optionalText(2);
    challenge.origin.language = st.optionalText(9);
    challenge.attempts = static_cast<int>(st.integer(3));
    challenge.pendingTotpSecret = st.optionalText(4);
    challenge.emailCodeHash = st.optionalText(5);
    challenge.emailCodeExpiresAt = st.optionalInteger(6).value_or(0);
    challenge.emailCodeSentAt = st.optionalInteger(7);
    challenge.expiresAt = st.integer(8);
    return challenge;
}

bool ChallengeRecords::consume(const Challenge &challenge)
{
    auto guard = m_ctx.db->lock();
    return m_ctx.db->execute("DELETE FROM challenges WHERE id_hash = ? AND user_id IN "
                             "(SELECT id FROM users WHERE active = 1 AND locked = 0)",
                             challenge.idHash) == 1;
}

void ChallengeRecords::removeAllOf(const std::string &userId)
{
    auto guard = m_ctx.db->lock();
    m_ctx.db->execute("DELETE FROM challenges WHERE user_id = ?", userId);
}

int ChallengeRecords::countWrongCode(const Challenge &challenge)
{
    return m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        db.execute("UPDATE challenges SET attempts = attempts + 1 WHERE id_hash = ?",
                   challenge.idHash);
        auto st = db.query("SELECT attempts FROM challenges WHERE id_hash = ?", challenge.idHash);
        const int attempts = st.next() ? static_cast<int>(st.integer(0)) : kMaxAttempts;
        const int remaining = std::max(0, kMaxAttempts - attempts);
        if (remaining == 0)
            db.execute("DELETE FROM challenges WHERE id_hash = ?", challenge.idHash);
        return remaining;
    });
}

std::optional<std::int64_t> ChallengeRecords::emailCodeSentAt(const Challenge &challenge)
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query("SELECT email_code_sent_at FROM challenges WHERE id_hash = ?",
                              challenge.idHash);
    return st.next() ? st.optionalInteger(0) : std::nullopt;
}

bool ChallengeRecords::storeEmailCode(const Challenge &challenge, const std::string &codeHash,
                                      std::int64_t expiresAt, std::int64_t now)
{
    auto guard = m_ctx.db->lock();
    return m_ctx.db->execute(
               "UPDATE challenges SET email_code_hash = ?, email_code_expires_at = ?, "
               "email_code_sent_at = ? WHERE id_hash = ?",
               codeHash, expiresAt, now, challenge.idHash) == 1;
}

} // namespace pli::server
