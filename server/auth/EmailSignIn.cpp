#include "EmailSignIn.h"

#include "AuthProblems.h"
#include "DecoyChallenges.h"
#include "ServerContext.h"
#include "SignInSteps.h"
#include "SignInThrottle.h"
#include "UserAccounts.h"

namespace pli::server {

EmailSignIn::EmailSignIn(ServerContext &ctx)
    : m_ctx(ctx)
{}

nlohmann::json EmailSignIn::start(const std::string &usernameOrEmail, const SignInOrigin &origin)
{
    const auto user = UserAccounts(m_ctx).findByLogin(usernameOrEmail);
    if (user)
        SignInThrottle(m_ctx).account(user->id);
    else
        SignInThrottle(m_ctx).accountNamed(usernameOrEmail);
    const auto &cfg = m_ctx.config;
    if (user && user->active && user->passwordless) {
        if (user->locked)
            throw authProblems::accountLocked();
        return SignInSteps(m_ctx).secondFactorStep(*user, origin);
    }
    const auto decoy = m_ctx.decoys->start(usernameOrEmail, cfg.challengeTtl, cfg.emailCodeInterval,
                                           cfg.maxFailedLogins);
    if (!decoy)
        throw authProblems::accountLocked();
    return {{"status", "second_factor_required"},
            {"challenge", decoy->token},
            {"methods", nlohmann::json::array({"email"})},
            {"email_code_sent", decoy->coolDown == 0},
            {"resend_after", decoy->coolDown == 0 ? cfg.emailCodeInterval : decoy->coolDown},
            {"expires_in", cfg.challengeTtl}};
}

} // namespace pli::server
