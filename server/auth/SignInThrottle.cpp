#include "SignInThrottle.h"

#include "AuthProblems.h"
#include "EmailAddress.h"
#include "RateLimiter.h"
#include "ServerContext.h"

namespace pli::server {

SignInThrottle::SignInThrottle(ServerContext &ctx)
    : m_ctx(ctx)
{}

void SignInThrottle::hit(const std::string &key, int limit)
{
    if (!m_ctx.rateLimiter)
        return; // admin commands: nobody to throttle
    if (const auto wait = m_ctx.rateLimiter->hit(key, limit, 60); wait > 0)
        throw authProblems::rateLimited(wait);
}

void SignInThrottle::address(const std::string &what, const std::string &remoteAddress)
{
    hit(what + ":" + remoteAddress, m_ctx.config.loginRatePerMinute);
}

void SignInThrottle::account(const std::string &userId)
{
    hit("account:" + userId, m_ctx.config.accountRatePerMinute);
}

void SignInThrottle::accountNamed(const std::string &typedName)
{
    hit("account-name:" + lowered(typedName), m_ctx.config.accountRatePerMinute);
}

} // namespace pli::server
