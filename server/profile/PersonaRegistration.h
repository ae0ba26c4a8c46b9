#pragma once

#include <nlohmann/json.hpp>

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
    static constexpr int maxCodeAttempts = 5;

    explicit PersonaRegistration(ServerContext &ctx);

    // Creates (or re-sends the code of) an unverified persona; returns it as GET /personas
    // shows it. Throws ApiError: 400 bad address, 409 persona_exists (already one of the
    // user's verified personas), 409 too_many_personas, 429 rate_limited (a code was sent less
    // than config.emailCodeInterval ago).
    nlohmann::json request(const std::string &userId, const std::string &email,
                           const std::optional<std::string> &displayName);

    // Confirms with the mailed code. Throws ApiError: 404 not the user's persona, 409
    // already_verified, 400 invalid_code (wrong, expired or too many attempts: the code then
    // dies and a new one must be requested), 409 email_taken (the claim is then removed).
    void verify(const std::string &userId, const std::string &personaId, const std::string &code);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
