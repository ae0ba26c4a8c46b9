#include "PasswordChange.h"

#include "AuthProblems.h"
#include "ChallengeRecords.h"
#include "Database.h"
#include "PasswordHash.h"
#include "PasswordPolicy.h"
#include "Principal.h"
#include "ServerContext.h"
#include "SessionRecords.h"
#include "SignInSteps.h"
#include "UserAccounts.h"

namespace pli::server {

PasswordChange::PasswordChange(ServerContext &ctx)
    : m_ctx(ctx)
{}

nlohmann::json PasswordChange::duringSignIn(const std::string &challengeToken,
                                            const std::string &newPassword)
{
    const Challenge challenge =
        ChallengeRecords(m_ctx).require(challengeToken, ChallengeKind::PasswordChange);
    UserAccounts accounts(m_ctx);
    const auto user = accounts.findById(challenge.userId);
    if (!user)
        throw authProblems::challengeExpired();
    PasswordPolicy::enforce(newPassword, user->username, user->passwordHash);
    const std::string hash = hashPassword(newPassword);
    m_ctx.db->transaction([&] {
        if (!ChallengeRecords(m_ctx).consume(challenge))
            throw authProblems::challengeExpired();
        accounts.storePasswordHash(user->id, hash, false);
        SessionRecords::revokeUser(*m_ctx.db, user->id, {});
    });
    const auto updated = accounts.findById(user->id);
    if (!updated)
        throw authProblems::challengeExpired();
    return SignInSteps(m_ctx).afterPassword(*updated, challenge.origin);
}

void PasswordChange::signedIn(const Principal &principal, const std::string &currentPassword,
                              const std::string &newPassword)
{
    UserAccounts accounts(m_ctx);
    const auto user = accounts.findById(principal.userId);
    if (!user || !user->passwordHash || !verifyPassword(currentPassword, *user->passwordHash))
        throw authProblems::invalidCredentials();
    PasswordPolicy::enforce(newPassword, user->username, user->passwordHash);
    const std::string hash = hashPassword(newPassword);
    m_ctx.db->transaction([&] {
        accounts.storePasswordHash(user->id, hash, false);
        SessionRecords::revokeUser(*m_ctx.db, user->id, principal.familyId.value_or(""));
    });
}

} // namespace pli::server
