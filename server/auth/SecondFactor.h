#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

struct ServerContext;
struct Challenge;
struct UserRecord;

// The second-factor steps of a sign-in: a TOTP code (RFC 6238, one step of drift, never the same
// time step twice) or a code sent by e-mail, and the enrolment of a new authenticator. Wrong
// codes are counted per challenge; the last allowed one ends it.
class SecondFactor
{
public:
    explicit SecondFactor(ServerContext &ctx);

    // POST /auth/second-factor: method is "totp" or "email". Answers the tokens.
    nlohmann::json verify(const std::string &challengeToken, const std::string &method,
                          const std::string &code);
    // POST /auth/email-code: mails a new single-use code (429 rate_limited when asked again
    // within ServerConfig::emailCodeInterval).
    void sendEmailCode(const std::string &challengeToken);
    // POST /auth/totp-enrollment: confirms the pending secret with a first code and names the
    // device. Answers the tokens.
    nlohmann::json confirmEnrollment(const std::string &challengeToken, const std::string &code,
                                     const std::string &deviceName);

private:
    // Throws 401 invalid_code with attempts_remaining, or too_many_attempts on the last one.
    [[noreturn]] void rejectCode(const Challenge &challenge, const UserRecord &user);

    ServerContext &m_ctx;
};

} // namespace pli::server
