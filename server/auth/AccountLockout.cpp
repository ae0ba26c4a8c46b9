#include "AccountLockout.h"

#include "AuthMailer.h"
#include "ChallengeRecords.h"
#include "Database.h"
#include "Log.h"
#include "OneTimeTokenRecords.h"
#include "ServerContext.h"
#include "UserAccounts.h"

#include <tuple>

namespace pli::server {

AccountLockout::AccountLockout(ServerContext &ctx)
    : m_ctx(ctx)
{}

AccountLockout::State AccountLockout::recordFailure(const UserRecord &user)
{
    State state;
    const bool lockedNow = m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        const bool locks = UserRecords::countFailedLogin(db, user.id, m_ctx.config.maxFailedLogins);
        // In the locking transaction: no challenge opened before the lock can be answered after.
        if (locks)
            ChallengeRecords(m_ctx).removeAllOf(user.id);
        std::tie(state.failures, state.locked) = UserRecords::failures(db, user.id);
        return locks;
    });
    if (!lockedNow)
        return state;
    logLine("account " + user.id + " locked after too many failed sign-ins");
    const std::string token = OneTimeTokenRecords(m_ctx).issue(user.id, OneTimeKind::Unlock);
    AuthMailer(m_ctx).sendUnlockLink(user, token);
    return state;
}

} // namespace pli::server
