#pragma once

#include <string>

namespace pli::server {

struct ServerContext;

// The rate limits of the sign-in requests, each a fixed window of a minute: per client address
// and kind of request (ServerConfig::loginRatePerMinute), and per account whatever the address
// (ServerConfig::accountRatePerMinute, all sign-in requests of the account together), so that
// neither one address nor many can guess or flood without end. Throws 429 rate_limited.
class SignInThrottle
{
public:
    explicit SignInThrottle(ServerContext &ctx);

    // `what` names the kind of request ("login", "second-factor"...).
    void address(const std::string &what, const std::string &remoteAddress);
    // `userId` of a known account; for an unknown username, accountNamed() with what was typed,
    // so that both are limited alike.
    void account(const std::string &userId);
    void accountNamed(const std::string &typedName);

private:
    void hit(const std::string &key, int limit);

    ServerContext &m_ctx;
};

} // namespace pli::server
