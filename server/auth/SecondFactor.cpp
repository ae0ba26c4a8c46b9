#include "SecondFactor.h"

#include "AccountLockout.h"
#include "AuthMailer.h"
#include "AuthProblems.h"
#include "Base32.h"
#include "ChallengeRecords.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"
#include "SignInSteps.h"
#include "Totp.h"
#include "UserAccounts.h"

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
    const Challenge challenge = store.require(challengeToken, ChallengeKind::SecondFactor);
    const UserRecord user = userOf(m_ctx, challenge);
    const std::string code = withoutSpaces(rawCode);
    const auto now = nowSeconds();

    bool accepted = false;
    if (method == "totp") {
        const auto key = user.totpSecret ? base32::decode(*user.totpSecret) : std::nullopt;
        const auto step = key && !key->empty() ? totp::matchStep(*key, code, now, user.totpLastStep)
                                               : std::nullopt;
        if (step) {
            // Conditional on the stored step so that two requests racing with one code cannot
            // both pass.
            auto guard = m_ctx.db->lock();
            accepted = UserRecords::useTotpStep(*m_ctx.db, user.id, *step);
        }
    } else {
        accepted = challenge.emailCodeHash && challenge.emailCodeExpiresAt > now &&
                   crypto::constantTimeEquals(crypto::sha256Hex(code), *challenge.emailCodeHash);
    }
    if (!accepted)
        rejectCode(challenge, user);
    if (!store.consume(challenge))
        throw authProblems::challengeExpired();
    return SignInSteps(m_ctx).finish(user.id, challenge.deviceName);
}

void SecondFactor::sendEmailCode(const std::string &challengeToken)
{
    ChallengeRecords store(m_ctx);
    const Challenge challenge = store.require(challengeToken, ChallengeKind::SecondFactor);
    const UserRecord user = userOf(m_ctx, challenge);
    const std::string code = crypto::randomDigits(6);
    const auto wait =
        store.storeEmailCode(challenge, crypto::sha256Hex(code), m_ctx.config.emailCodeTtl,
                             m_ctx.config.emailCodeInterval);
    if (wait > 0)
        throw authProblems::rateLimited(wait);
    AuthMailer(m_ctx).sendSignInCode(user, code);
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
        rejectCode(challenge, user);
    m_ctx.db->transaction([&] {
        if (!store.consume(challenge))
            throw authProblems::challengeExpired();
        UserRecords::setTotp(*m_ctx.db, user.id, *challenge.pendingTotpSecret, deviceName, *step);
    });
    return SignInSteps(m_ctx).finish(user.id, challenge.deviceName.value_or(deviceName));
}

void SecondFactor::rejectCode(const Challenge &challenge, const UserRecord &user)
{
    const int remaining = ChallengeRecords(m_ctx).countWrongCode(challenge);
    if (remaining == 0) {
        AccountLockout(m_ctx).recordFailure(user);
        throw ApiError(401, "too_many_attempts", "Too many wrong codes: sign in again.");
    }
    throw ApiError(401, "invalid_code", "The code is wrong or was already used.",
                   {{"attempts_remaining", remaining}});
}

} // namespace pli::server
