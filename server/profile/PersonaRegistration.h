#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

struct ServerContext;

// Adds e-mail addresses to a profile: an unverified persona and a 6-digit code mailed to the
// address, then its confirmation. An address someone else already holds is accepted at first
// like any other (so that the request does not reveal who is registered) and refused at
// verification with 409 email_taken.
class PersonaRegistration
{
public:
    static constexpr int maxPersonasPerUser = 20;
    static constexpr int maxCodeAttempts = 5; // wrong codes, then the code dies
    // Per claimed address and 24 hours, whatever new codes are asked for: claiming someone
    // else's address is as hard as guessing a 6-digit code ten times a day (one chance in
    // 100 000 a day), and the address gets at most five mails a day from it.
    static constexpr int maxWrongCodesPerDay = 10;
    static constexpr int maxCodesPerDay = 5;
    static constexpr std::int64_t verificationDay = 24 * 3600;

    explicit PersonaRegistration(ServerContext &ctx);

    // Creates (or re-sends the code of) an unverified persona; returns it as GET /personas
    // shows it. Throws ApiError: 400 bad address, 409 persona_exists (already one of the
    // user's verified personas), 409 too_many_personas, 429 rate_limited with Retry-After (a
    // code was sent less than config.emailCodeInterval ago, or the day's codes or wrong codes
    // are used up).
    nlohmann::json request(const std::string &userId, const std::string &email,
                           const std::optional<std::string> &displayName);

    // Confirms with the mailed code. Throws ApiError: 404 not the user's persona, 409
    // already_verified, 400 invalid_code (wrong, expired or too many attempts: the code then
    // dies and a new one must be requested), 429 rate_limited with Retry-After (the day's wrong
    // codes are used up: no code is even compared), 409 email_taken (the claim is then removed).
    void verify(const std::string &userId, const std::string &personaId, const std::string &code);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
