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
        return UserRecords::countFailedLogin(*m_ctx.db, user.id, m_ctx.config.maxFailedLogins);
    });
    if (!lockedNow)
        return;
    logLine("account " + user.id + " locked after too many failed sign-ins");
    const std::string token = OneTimeTokenRecords(m_ctx).issue(user.id, OneTimeKind::Unlock);
    AuthMailer(m_ctx).sendUnlockLink(user, token);
}

} // namespace pli::server
