#include "PersonaRegistration.h"

#include "ApiError.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "EmailAddress.h"
#include "Mailer.h"
#include "PersonaRecords.h"
#include "ServerContext.h"

#include <algorithm>
#include <iostream>

namespace pli::server {

namespace {
ApiError invalidCode()
{
    return ApiError(400, "invalid_code",
                    "The code is wrong or no longer valid. Ask for a new code if needed.");
}

ApiError rateLimited(const std::string &detail, std::int64_t seconds)
{
    ApiError error(429, "rate_limited", detail);
    error.retryAfter = std::to_string(std::max<std::int64_t>(seconds, 1));
    return error;
}

// The claim's current 24 hours of attempts, starting new ones when the last have passed.
PersonaVerification currentDay(Database &db, PersonaVerification claim, std::int64_t now)
{
    if (now - claim.dayStart < PersonaRegistration::verificationDay)
        return claim;
    PersonaRecords::startVerifyDay(db, claim.id, now);
    claim.dayStart = now;
    claim.dayFailures = 0;
    claim.dayCodes = 0;
    return claim;
}

// 429 once the day's wrong codes are used up: until the day ends, no code is compared at all.
void requireGuessesLeft(const PersonaVerification &day, std::int64_t now)
{
    if (day.dayFailures >= PersonaRegistration::maxWrongCodesPerDay)
        throw rateLimited("Too many wrong codes for this address today; try again later.",
                          day.dayStart + PersonaRegistration::verificationDay - now);
}
} // namespace

PersonaRegistration::PersonaRegistration(ServerContext &ctx)
    : m_ctx(ctx)
{}

nlohmann::json PersonaRegistration::request(const std::string &userId, const std::string &rawEmail,
                                            const std::optional<std::string> &displayName)
{
    const std::string email = trimmed(rawEmail);
    if (!isValidEmailAddress(email))
        throw ApiError(400, "invalid_request", "The e-mail address is not valid.",
                       {{"field", "email"}});
    const std::string name = trimmed(displayName.value_or(""));
    if (characterCount(name) > 200 || hasControlCharacter(name))
        throw ApiError(400, "invalid_request", "The display name is not valid.",
                       {{"field", "display_name"}});
    const auto &cfg = m_ctx.config;
    const std::string code = crypto::randomDigits(6);
    auto &db = *m_ctx.db;
    const auto now = nowSeconds();
    const std::string personaId = db.transaction([&] {
        std::string pendingId;
        if (const auto claim = PersonaRecords::claim(db, userId, email)) {
            if (claim->verified)
                throw ApiError(409, "persona_exists",
                               "This address is already one of your personas.");
            const auto sentAt = claim->expiresAt.value_or(0) - cfg.emailCodeTtl;
            if (now - sentAt < cfg.emailCodeInterval)
                throw rateLimited("A code was sent moments ago; wait before asking again.",
                                  cfg.emailCodeInterval - (now - sentAt));
            const PersonaVerification day = currentDay(db, *claim, now);
            requireGuessesLeft(day, now);
            if (day.dayCodes >= maxCodesPerDay)
                throw rateLimited("Enough codes were sent to this address today; try again "
                                  "later.",
                                  day.dayStart + verificationDay - now);
            pendingId = claim->id;
        } else {
            if (PersonaRecords::countOf(db, userId) >= maxPersonasPerUser)
                throw ApiError(409, "too_many_personas",
                               "The profile already has the most personas allowed.");
            pendingId = crypto::randomId("p_");
            PersonaRecords::insert(db, {pendingId, userId, email, name, false, now});
            PersonaRecords::startVerifyDay(db, pendingId, now);
        }
        PersonaRecords::setVerifyCode(db, pendingId, crypto::sha256Hex(code),
                                      now + cfg.emailCodeTtl);
        return pendingId;
    });
    m_ctx.mailer->send(email, "Your Pli verification code",
                       "Enter this code in Pli to add " + email + " to your profile: " + code +
                           "\r\n\r\nIt is valid for " + std::to_string(cfg.emailCodeTtl / 60) +
                           " minutes. If you did not ask for it, ignore this message.\r\n");
    if (cfg.demo)
        std::cout << "demo: persona verification code for " << email << ": " << code << std::endl;
    return {{"id", personaId},   {"email", email},    {"display_name", name},
            {"verified", false}, {"unread_count", 0}, {"conversation_count", 0}};
}

void PersonaRegistration::verify(const std::string &userId, const std::string &personaId,
                                 const std::string &code)
{
    auto &db = *m_ctx.db;
    const auto now = nowSeconds();
    // A wrong attempt is counted even though the request fails, so it commits on its own.
    const bool accepted = db.transaction([&] {
        const auto found = PersonaRecords::verification(db, personaId, userId);
        if (!found)
            throw ApiError::notFound();
        if (found->verified)
            throw ApiError(409, "already_verified", "This persona is already verified.");
        const auto persona = currentDay(db, *found, now);
        requireGuessesLeft(persona, now);
        const auto &hash = persona.codeHash;
        const bool alive =
            hash && persona.expiresAt.value_or(0) > now && persona.attempts < maxCodeAttempts;
        if (alive && crypto::constantTimeEquals(*hash, crypto::sha256Hex(code)))
            return true;
        if (alive)
            PersonaRecords::countWrongCode(db, personaId);
        return false;
    });
    if (!accepted)
        throw invalidCode();
    const bool taken = db.transaction([&] {
        if (PersonaRecords::verifiedElsewhere(db, personaId)) {
            // The claim can never succeed: drop it rather than leave it pending for ever.
            PersonaRecords::remove(db, personaId);
            return true;
        }
        PersonaRecords::markVerified(db, personaId);
        return false;
    });
    if (taken)
        throw ApiError(409, "email_taken", "This address already belongs to another profile.");
}

} // namespace pli::server
