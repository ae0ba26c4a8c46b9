#include "SecondFactor.h"

#include "AccountLockout.h"
#include "AuthProblems.h"
#include "Base32.h"
#include "ChallengeRecords.h"
#include "Clock.h"
#include "Database.h"
#include "DecoyChallenges.h"
#include "EmailCodes.h"
#include "ServerContext.h"
#include "SignInSteps.h"
#include "SignInThrottle.h"
#include "Totp.h"
#include "UserAccounts.h"

#include <algorithm>
#include <climits>

namespace pli::server {

namespace {
// Authenticator apps show "123 456"; people type it that way.
std::string withoutSpaces(const std::string &code)
{
    std::string out;
    for (const char c : code) {
        if (c != ' ')
            out.push_back(c);
    }
    return out;
}

UserRecord userOf(ServerContext &ctx, const Challenge &challenge)
{
    auto user = UserAccounts(ctx).findById(challenge.userId);
    if (!user)
        throw authProblems::challengeExpired();
    SignInThrottle(ctx).account(user->id);
    return *user;
}
} // namespace

SecondFactor::SecondFactor(ServerContext &ctx)
    : m_ctx(ctx)
{}

nlohmann::json SecondFactor::verify(const std::string &challengeToken, const std::string &method,
                                    const std::string &rawCode)
{
    ChallengeRecords store(m_ctx);
    const auto challenge = store.find(challengeToken, ChallengeKind::SecondFactor);
    if (!challenge)
        rejectDecoyCode(challengeToken);
    const UserRecord user = userOf(m_ctx, *challenge);
    const std::string code = withoutSpaces(rawCode);
    const auto now = nowSeconds();

    bool accepted = false;
    if (method == "totp" && user.secondFactor == SecondFactorMethod::Totp) {
        const auto key = user.totpSecret ? base32::decode(*user.totpSecret) : std::nullopt;
        const auto step = key && !key->empty() ? totp::matchStep(*key, code, now, user.totpLastStep)
                                               : std::nullopt;
        if (step) {
            // Conditional on the stored step so that two requests racing with one code cannot
            // both pass.
            auto guard = m_ctx.db->lock();
            accepted = UserRecords::useTotpStep(*m_ctx.db, user.id, *step);
        }
    } else if (method == "email") {
        accepted = EmailCodes::matches(*challenge, code, now);
    }
    if (!accepted)
        rejectCode(*challenge, user, true);
    if (!store.consume(*challenge))
        throw authProblems::challengeExpired();
    return SignInSteps(m_ctx).finish(user.id, challenge->origin);
}

void SecondFactor::sendEmailCode(const std::string &challengeToken)
{
    const auto challenge =
        ChallengeRecords(m_ctx).find(challengeToken, ChallengeKind::SecondFactor);
    if (!challenge) {
        const auto wait = m_ctx.decoys
                              ? m_ctx.decoys->resend(challengeToken, m_ctx.config.emailCodeInterval)
                              : std::nullopt;
        if (!wait)
            throw authProblems::challengeExpired();
        if (*wait > 0)
            throw authProblems::rateLimited(*wait);
        return;
    }
    const UserRecord user = userOf(m_ctx, *challenge);
    if (const auto wait = EmailCodes(m_ctx).send(*challenge, user); wait > 0)
        throw authProblems::rateLimited(wait);
}

nlohmann::json SecondFactor::confirmEnrollment(const std::string &challengeToken,
                                               const std::string &rawCode,
                                               const std::string &deviceName)
{
    ChallengeRecords store(m_ctx);
    const Challenge challenge = store.require(challengeToken, ChallengeKind::TotpEnrollment);
    const UserRecord user = userOf(m_ctx, challenge);
    const auto key = base32::decode(challenge.pendingTotpSecret.value_or(""));
    const auto step = key && !key->empty()
                          ? totp::matchStep(*key, withoutSpaces(rawCode), nowSeconds())
                          : std::nullopt;
    if (!step)
        rejectCode(challenge, user, false);
    m_ctx.db->transaction([&] {
        if (!store.consume(challenge))
            throw authProblems::challengeExpired();
        UserRecords::setTotp(*m_ctx.db, user.id, *challenge.pendingTotpSecret, deviceName, *step);
    });
    SignInOrigin origin = challenge.origin;
    if (!origin.deviceName)
        origin.deviceName = deviceName;
    return SignInSteps(m_ctx).finish(user.id, origin);
}

void SecondFactor::rejectCode(const Challenge &challenge, const UserRecord &user, bool eachCounts)
{
    const int challengeLeft = ChallengeRecords(m_ctx).countWrongCode(challenge);
    int accountLeft = INT_MAX;
    if (eachCounts || challengeLeft == 0) {
        const auto account = AccountLockout(m_ctx).recordFailure(user);
        if (eachCounts)
            accountLeft = account.locked ? 0 : m_ctx.config.maxFailedLogins - account.failures;
    }
    const int remaining = std::max(0, std::min(challengeLeft, accountLeft));
    if (remaining == 0)
        throw authProblems::tooManyAttempts();
    throw authProblems::invalidCode(remaining);
}

void SecondFactor::rejectDecoyCode(const std::string &challengeToken)
{
    const auto remaining =
        m_ctx.decoys ? m_ctx.decoys->wrongCode(challengeToken, ChallengeRecords::kMaxAttempts,
                                               m_ctx.config.maxFailedLogins)
                     : std::nullopt;
    if (!remaining)
        throw authProblems::challengeExpired();
    if (*remaining == 0)
        throw authProblems::tooManyAttempts();
    throw authProblems::invalidCode(*remaining);
}

} // namespace pli::server
