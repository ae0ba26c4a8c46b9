#include "AccountRecovery.h"

#include "AuthMailer.h"
#include "AuthProblems.h"
#include "Clock.h"
#include "Database.h"
#include "OneTimeTokenRecords.h"
#include "PasswordHash.h"
#include "PasswordPolicy.h"
#include "ServerContext.h"
#include "SessionRecords.h"
#include "SignInThrottle.h"
#include "UserAccounts.h"

namespace pli::server {

namespace {
// Sets the password a link allowed, once: the policy is checked before the token is used up.
void setPasswordWithToken(ServerContext &ctx, const std::string &token, OneTimeKind kind,
                          const std::string &newPassword)
{
    OneTimeTokenRecords tokens(ctx);
    UserAccounts accounts(ctx);
    const auto userId = tokens.peek(token, kind);
    const auto user = userId ? accounts.findById(*userId) : std::nullopt;
    if (!user || !user->active)
        throw authProblems::invalidOneTimeToken();
    PasswordPolicy::enforce(newPassword, user->username, user->passwordHash);
    const std::string hash = hashPassword(newPassword);
    ctx.db->transaction([&] {
        if (!tokens.redeem(token, kind))
            throw authProblems::invalidOneTimeToken();
        tokens.voidAll(user->id, kind);
        accounts.storePasswordHash(user->id, hash, false);
        SessionRecords::revokeUser(*ctx.db, user->id, {});
    });
}
} // namespace

AccountRecovery::AccountRecovery(ServerContext &ctx)
    : m_ctx(ctx)
{}

void AccountRecovery::requestReset(const std::string &usernameOrEmail)
{
    const auto user = UserAccounts(m_ctx).findByLogin(usernameOrEmail);
    if (user)
        SignInThrottle(m_ctx).account(user->id);
    else
        SignInThrottle(m_ctx).accountNamed(usernameOrEmail);
    if (!user || !user->active)
        return;
    OneTimeTokenRecords tokens(m_ctx);
    if (tokens.issuedSince(user->id, OneTimeKind::PasswordReset, nowSeconds() - 3600) >=
        ServerConfig::resetMailsPerHour)
        return; // the same 202: the links already sent still work
    const std::string token =
        tokens.issue(user->id, OneTimeKind::PasswordReset, ServerConfig::validResetLinks - 1);
    AuthMailer(m_ctx).sendPasswordResetLink(*user, token);
}

void AccountRecovery::confirmReset(const std::string &token, const std::string &newPassword)
{
    setPasswordWithToken(m_ctx, token, OneTimeKind::PasswordReset, newPassword);
}

void AccountRecovery::acceptInvitation(const std::string &token, const std::string &newPassword)
{
    setPasswordWithToken(m_ctx, token, OneTimeKind::Invitation, newPassword);
}

void AccountRecovery::unlock(const std::string &token)
{
    OneTimeTokenRecords tokens(m_ctx);
    m_ctx.db->transaction([&] {
        const auto userId = tokens.peek(token, OneTimeKind::Unlock);
        if (!userId || !tokens.redeem(token, OneTimeKind::Unlock))
            throw authProblems::invalidOneTimeToken();
        UserRecords::unlock(*m_ctx.db, *userId);
    });
}

std::string AccountRecovery::invite(const std::string &userId)
{
    const auto user = UserAccounts(m_ctx).findById(userId);
    if (!user)
        throw UserAccountError("no such user");
    if (user->passwordless) {
        AuthMailer(m_ctx).sendPasswordlessWelcome(*user);
        return {};
    }
    const std::string token = OneTimeTokenRecords(m_ctx).issue(user->id, OneTimeKind::Invitation);
    AuthMailer(m_ctx).sendInvitation(*user, token);
    return token;
}

} // namespace pli::server
