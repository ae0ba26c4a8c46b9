#pragma once

namespace pli::server {

struct ServerContext;
struct UserRecord;

// Counts consecutive failed sign-ins of an account and locks it at the configured limit
// (ServerConfig::maxFailedLogins), e-mailing a single-use unlock link. A completed sign-in resets
// the count (see SignInSteps::finish); an unlock link or a password reset clears the lock.
class AccountLockout
{
public:
    explicit AccountLockout(ServerContext &ctx);

    // A wrong password, or a second factor abandoned after too many wrong codes.
    void recordFailure(const UserRecord &user);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
