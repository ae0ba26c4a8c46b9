#include "SignInSteps.h"

#include "AccountLockout.h"
#include "AuthProblems.h"
#include "Clock.h"
#include "Database.h"
#include "EmailCodes.h"
#include "PasswordHash.h"
#include "PasswordPolicy.h"
#include "ServerContext.h"
#include "SessionTokens.h"
#include "SignInThrottle.h"
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

nlohmann::json SignInSteps::login(const std::string &usernameOrEmail, const std::string &password,
                                  const SignInOrigin &origin)
{
    const auto user = UserAccounts(m_ctx).findByLogin(usernameOrEmail);
    if (user)
        SignInThrottle(m_ctx).account(user->id);
    else
        SignInThrottle(m_ctx).accountNamed(usernameOrEmail);
    const bool usable = user && user->active && user->passwordHash;
    const bool right = verifyPassword(password, usable ? *user->passwordHash : kDummyHash);
    // Whatever the password: a locked account must not confirm a guess. Nothing is counted.
    if (usable && user->locked)
        throw authProblems::accountLocked();
    if (!usable || !right) {
        if (usable)
            AccountLockout(m_ctx).recordFailure(*user);
        throw authProblems::invalidCredentials();
    }
    return afterPassword(*user, origin);
}

nlohmann::json SignInSteps::afterPassword(const UserRecord &user, const SignInOrigin &origin)
{
    const auto &cfg = m_ctx.config;
    ChallengeRecords challenges(m_ctx);
    const bool expired = nowSeconds() - user.passwordChangedAt > cfg.passwordMaxAge;
    if (user.passwordMustChange || expired) {
        return {{"status", "password_change_required"},
                {"challenge", challenges.create(user.id, ChallengeKind::PasswordChange, origin,
                                                cfg.challengeTtl)},
                {"policy", PasswordPolicy::describe()},
                {"expires_in", cfg.challengeTtl}};
    }
    if (user.secondFactor == SecondFactorMethod::Totp && !user.totpSecret) {
        const std::string secret = totp::generateSecret();
        return {{"status", "totp_enrollment_required"},
                {"challenge", challenges.create(user.id, ChallengeKind::TotpEnrollment, origin,
                                                cfg.enrollmentTtl, secret)},
                {"secret", secret},
                {"otpauth_uri", totp::provisioningUri(user.username, secret)},
                {"expires_in", cfg.enrollmentTtl}};
    }
    return secondFactorStep(user, origin);
}

nlohmann::json SignInSteps::secondFactorStep(const UserRecord &user, const SignInOrigin &origin)
{
    const auto &cfg = m_ctx.config;
    ChallengeRecords challenges(m_ctx);
    const std::string token =
        challenges.create(user.id, ChallengeKind::SecondFactor, origin, cfg.challengeTtl);
    const Challenge challenge = challenges.require(token, ChallengeKind::SecondFactor);
    EmailCodes codes(m_ctx);
    const bool byEmail = user.secondFactor == SecondFactorMethod::Email;
    bool sent = false;
    std::int64_t resendAfter = 0;
    if (byEmail) {
        const auto wait = codes.send(challenge, user);
        sent = wait == 0;
        resendAfter = sent ? cfg.emailCodeInterval : wait;
    } else {
        resendAfter = codes.coolDown(challenge, user);
    }
    return {{"status", "second_factor_required"},
            {"challenge", token},
            {"methods",
             byEmail ? nlohmann::json::array({"email"}) : nlohmann::json::array({"totp", "email"})},
            {"email_code_sent", sent},
            {"resend_after", resendAfter},
            {"expires_in", cfg.challengeTtl}};
}

nlohmann::json SignInSteps::finish(const std::string &userId, const SignInOrigin &origin)
{
    {
        auto guard = m_ctx.db->lock();
        UserRecords::clearFailedLogins(*m_ctx.db, userId);
        if (origin.language)
            UserRecords::setLanguage(*m_ctx.db, userId, origin.language);
    }
    return SessionTokens(m_ctx).start(userId, origin.deviceName).toJson();
}

} // namespace pli::server
