#include "SignInSteps.h"

#include "AccountLockout.h"
#include "AuthProblems.h"
#include "ChallengeRecords.h"
#include "Clock.h"
#include "Database.h"
#include "PasswordHash.h"
#include "PasswordPolicy.h"
#include "ServerContext.h"
#include "SessionTokens.h"
#include "Totp.h"
#include "UserAccounts.h"

namespace pli::server {

namespace {
// Verified instead of a real hash when there is none, so that an unknown username costs the same
// scrypt time as a known one. Its password is random and was thrown away.
constexpr const char *kDummyHash =
    "scrypt$32768$8$1$vo9WFAgpzTj92MCmbHYBiA==$WEiNEfeNYqd6LsOMxnUN+8EWCiwJ/Ezap0LZf12p0uA=";
} // namespace

SignInSteps::SignInSteps(ServerContext &ctx)
    : m_ctx(ctx)
{}

nlohmann::json SignInSteps::login(const std::string &username, const std::string &password,
                                  const std::optional<std::string> &deviceName)
{
    const auto user = UserAccounts(m_ctx).findByUsername(username);
    const bool usable = user && user->active && user->passwordHash;
    const bool right = verifyPassword(password, usable ? *user->passwordHash : kDummyHash);
    if (!usable || !right) {
        // A wrong password on a locked account changes nothing (and says nothing).
        if (usable && !user->locked)
            AccountLockout(m_ctx).recordFailure(*user);
        throw authProblems::invalidCredentials();
    }
    if (user->locked)
        throw ApiError(423, "account_locked",
                       "The account is locked after too many failed sign-ins: use the unlock "
                       "link sent by e-mail.");
    return next(*user, deviceName);
}

nlohmann::json SignInSteps::next(const UserRecord &user,
                                 const std::optional<std::string> &deviceName)
{
    const auto &cfg = m_ctx.config;
    ChallengeRecords challenges(m_ctx);
    const bool expired = nowSeconds() - user.passwordChangedAt > cfg.passwordMaxAge;
    if (user.passwordMustChange || expired) {
        return {{"status", "password_change_required"},
                {"challenge", challenges.create(user.id, ChallengeKind::PasswordChange, deviceName,
                                                cfg.challengeTtl)},
                {"policy", PasswordPolicy::describe()},
                {"expires_in", cfg.challengeTtl}};
    }
    if (!user.totpSecret) {
        const std::string secret = totp::generateSecret();
        return {{"status", "totp_enrollment_required"},
                {"challenge", challenges.create(user.id, ChallengeKind::TotpEnrollment, deviceName,
                                                cfg.enrollmentTtl, secret)},
                {"secret", secret},
                {"otpauth_uri", totp::provisioningUri(user.username, secret)},
                {"expires_in", cfg.enrollmentTtl}};
    }
    return {{"status", "second_factor_required"},
            {"challenge",
             challenges.create(user.id, ChallengeKind::SecondFactor, deviceName, cfg.challengeTtl)},
            {"methods", {"totp", "email"}},
            {"expires_in", cfg.challengeTtl}};
}

nlohmann::json SignInSteps::finish(const std::string &userId,
                                   const std::optional<std::string> &deviceName)
{
    {
        auto guard = m_ctx.db->lock();
        UserRecords::clearFailedLogins(*m_ctx.db, userId);
    }
    return SessionTokens(m_ctx).start(userId, deviceName).toJson();
}

} // namespace pli::server
