#include "AccountLockout.h"

#include "AuthMailer.h"
#include "Database.h"
#include "Log.h"
#include "OneTimeTokenRecords.h"
#include "ServerContext.h"
#include "UserAccounts.h"

namespace pli::server {

AccountLockout::AccountLockout(ServerContext &ctx)
    : m_ctx(ctx)
{}

void AccountLockout::recordFailure(const UserRecord &user)
{
    const bool lockedNow = m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        db.execute("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? AND locked = 0",
                   user.id);
        // Only the request that crosses the limit locks, so that one unlock mail goes out.
        return db.execute("UPDATE users SET locked = 1 WHERE id = ? AND locked = 0 AND "
                          "failed_logins >= ?",
                          user.id, m_ctx.config.maxFailedLogins) == 1;
    });
    if (!lockedNow)
        return;
    logLine("account " + user.id + " locked after too many failed sign-ins");
    const std::string token = OneTimeTokenRecords(m_ctx).issue(user.id, OneTimeKind::Unlock);
    AuthMailer(m_ctx).sendUnlockLink(user, token);
}

} // namespace pli::server
