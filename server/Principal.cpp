#include "Principal.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"
#include "SessionRecords.h"

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
    auto principal = SessionRecords::principalOf(*ctx.db, hash, nowSeconds());
    if (!principal)
        throw unauthorized();
    return *principal;
}

std::string issueAccessToken(ServerContext &ctx, const std::string &userId,
                             const std::optional<std::string> &familyId)
{
    const std::string token = crypto::randomToken();
    const auto now = nowSeconds();
    SessionRecords::insertAccessToken(*ctx.db, crypto::sha256Hex(token), userId, familyId,
                                      now + ctx.config.accessTokenTtl, now);
    return token;
}

} // namespace pli::server
