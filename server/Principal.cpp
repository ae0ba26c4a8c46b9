#include "Principal.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"

#include <httplib.h>

namespace pli::server {

namespace {
ApiError unauthorized()
{
    ApiError error(401, "unauthorized", "Sign in again: the access token is missing or expired.");
    return error;
}
} // namespace

Principal requirePrincipal(const httplib::Request &req, ServerContext &ctx)
{
    const std::string header = req.get_header_value("Authorization");
    static const std::string scheme = "Bearer ";
    if (header.size() <= scheme.size() || header.compare(0, scheme.size(), scheme) != 0)
        throw unauthorized();
    const std::string hash = crypto::sha256Hex(header.substr(scheme.size()));
    auto guard = ctx.db->lock();
    auto st = ctx.db->query("SELECT u.id, u.username, u.role, t.family_id FROM access_tokens t "
                            "JOIN users u ON u.id = t.user_id "
                            "WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = 1",
                            hash, nowSeconds());
    if (!st.next())
        throw unauthorized();
    return Principal{st.text(0), st.text(1), st.text(2), st.optionalText(3)};
}

std::string issueAccessToken(ServerContext &ctx, const std::string &userId,
                             const std::optional<std::string> &familyId)
{
    const std::string token = crypto::randomToken();
    const auto now = nowSeconds();
    ctx.db->execute("DELETE FROM access_tokens WHERE expires_at <= ?", now);
    ctx.db->execute("INSERT INTO access_tokens(token_hash, user_id, family_id, expires_at) "
                    "VALUES (?, ?, ?, ?)",
                    crypto::sha256Hex(token), userId, familyId, now + ctx.config.accessTokenTtl);
    return token;
}

} // namespace pli::server
