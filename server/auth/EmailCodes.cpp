#include "EmailCodes.h"

#include "AuthMailer.h"
#include "AuthProblems.h"
#include "ChallengeRecords.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "ServerContext.h"
#include "UserRecords.h"

#include <algorithm>

namespace pli::server {

namespace {
// Seconds left of a cool-down that started at `sentAt`.
std::int64_t remaining(const std::optional<std::int64_t> &sentAt, std::int64_t interval,
                       std::int64_t now)
{
    if (!sentAt || now - *sentAt >= interval)
        return 0;
    return std::max<std::int64_t>(1, *sentAt + interval - now);
}
} // namespace

EmailCodes::EmailCodes(ServerContext &ctx)
    : m_ctx(ctx)
{}

std::int64_t EmailCodes::coolDown(const Challenge &challenge, const UserRecord &user)
{
    const auto now = nowSeconds();
    const auto interval = m_ctx.config.emailCodeInterval;
    std::optional<std::int64_t> userSentAt;
    {
        auto guard = m_ctx.db->lock();
        if (const auto fresh = UserRecords::byId(*m_ctx.db, user.id))
            userSentAt = fresh->emailCodeSentAt;
    }
    return std::max(remaining(userSentAt, interval, now),
                    remaining(ChallengeRecords(m_ctx).emailCodeSentAt(challenge), interval, now));
}

std::int64_t EmailCodes::send(const Challenge &challenge, const UserRecord &user)
{
    const std::string code = crypto::randomDigits(6);
    const auto now = nowSeconds();
    // Checked and recorded in one transaction, so that two racing requests send one mail.
    const auto wait = m_ctx.db->transaction([&]() -> std::int64_t {
        if (const auto left = coolDown(challenge, user); left > 0)
            return left;
        ChallengeRecords challenges(m_ctx);
        if (!challenges.storeEmailCode(challenge, crypto::sha256Hex(code),
                                       now + m_ctx.config.emailCodeTtl, now))
            throw authProblems::challengeExpired();
        UserRecords::setEmailCodeSentAt(*m_ctx.db, user.id, now);
        return 0;
    });
    if (wait == 0) {
        // In the language of the Pli asking for it (the user is reading its page).
        UserRecord reader = user;
        if (challenge.origin.language)
            reader.language = challenge.origin.language;
        AuthMailer(m_ctx).sendSignInCode(reader, code);
    }
    return wait;
}

bool EmailCodes::matches(const Challenge &challenge, const std::string &code, std::int64_t now)
{
    return challenge.emailCodeHash && challenge.emailCodeExpiresAt > now &&
           crypto::constantTimeEquals(crypto::sha256Hex(code), *challenge.emailCodeHash);
}

} // namespace pli::server
