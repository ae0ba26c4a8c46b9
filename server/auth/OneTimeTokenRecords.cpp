#include "OneTimeTokenRecords.h"

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"

namespace pli::server {

namespace {
const char *kindName(OneTimeKind kind)
{
    switch (kind) {
    case OneTimeKind::PasswordReset:
        return "password_reset";
    case OneTimeKind::Invitation:
        return "invitation";
    case OneTimeKind::Unlock:
        return "unlock";
    }
    return "";
}
} // namespace

OneTimeTokenRecords::OneTimeTokenRecords(ServerContext &ctx)
    : m_ctx(ctx)
{}

std::string OneTimeTokenRecords::issue(const std::string &userId, OneTimeKind kind, int keepOthers)
{
    const std::string token = crypto::randomToken();
    const auto now = nowSeconds();
    m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        db.execute("DELETE FROM one_time_tokens WHERE expires_at <= ?", now);
        db.execute("UPDATE one_time_tokens SET used = 1 WHERE user_id = ? AND kind = ? AND "
                   "used = 0 AND token_hash NOT IN (SELECT token_hash FROM one_time_tokens "
                   "WHERE user_id = ? AND kind = ? AND used = 0 "
                   "ORDER BY created_at DESC, rowid DESC LIMIT ?)",
                   userId, kindName(kind), userId, kindName(kind), keepOthers);
        db.execute("INSERT INTO one_time_tokens(token_hash, user_id, kind, expires_at, created_at) "
                   "VALUES (?,?,?,?,?)",
                   crypto::sha256Hex(token), userId, kindName(kind),
                   now + m_ctx.config.oneTimeTokenTtl, now);
    });
    return token;
}

int OneTimeTokenRecords::issuedSince(const std::string &userId, OneTimeKind kind,
                                     std::int64_t since)
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query("SELECT COUNT(*) FROM one_time_tokens WHERE user_id = ? AND "
                              "kind = ? AND created_at >= ?",
                              userId, kindName(kind), since);
    return st.next() ? static_cast<int>(st.integer(0)) : 0;
}

void OneTimeTokenRecords::voidAll(const std::string &userId, OneTimeKind kind)
{
    auto guard = m_ctx.db->lock();
    m_ctx.db->execute("UPDATE one_time_tokens SET used = 1 WHERE user_id = ? AND kind = ?", userId,
                      kindName(kind));
}

std::optional<std::string> OneTimeTokenRecords::peek(std::string_view token, OneTimeKind kind)
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query("SELECT user_id FROM one_time_tokens WHERE token_hash = ? AND "
                              "kind = ? AND used = 0 AND expires_at > ?",
                              crypto::sha256Hex(token), kindName(kind), nowSeconds());
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

bool OneTimeTokenRecords::redeem(std::string_view token, OneTimeKind kind)
{
    auto guard = m_ctx.db->lock();
    return m_ctx.db->execute("UPDATE one_time_tokens SET used = 1 WHERE token_hash = ? AND "
                             "kind = ? AND used = 0 AND expires_at > ?",
                             crypto::sha256Hex(token), kindName(kind), nowSeconds()) == 1;
}

} // namespace pli::server
