#pragma once

namespace pli::server {

struct ServerContext;
struct UserRecord;

// Counts consecutive failed sign-ins of an account — wrong passwords and every wrong code, across
// challenges — and locks it at the configured limit (ServerConfig::maxFailedLogins): its
// sign-ins in progress end, and a single-use unlock link is e-mailed. A completed sign-in resets
// the count (see SignInSteps::finish); an unlock link or a password reset clears the lock.
class AccountLockout
{
public:
    struct State
    {
        int failures = 0; // counted since the last completed sign-in
        bool locked = false;
    };

    explicit AccountLockout(ServerContext &ctx);

    // Counts a failure (nothing once locked) and answers the account's state after it.
    State recordFailure(const UserRecord &user);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
