#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

struct ServerContext;
struct Challenge;
struct UserRecord;

// The second-factor steps of a sign-in: a TOTP code (RFC 6238, one step of drift, never the same
// time step twice) or a code sent by e-mail (EmailCodes), and the enrolment of a new
// authenticator. Every wrong second-factor code counts toward the account's lock
// (AccountLockout), across challenges; a challenge also ends after ChallengeRecords::kMaxAttempts
// wrong codes. Decoy challenges (EmailSignIn) are answered alike.
class SecondFactor
{
public:
    explicit SecondFactor(ServerContext &ctx);

    // POST /auth/second-factor: method is "totp" or "email" (an e-mail user's challenge takes
    // "email" only). Answers the tokens.
    nlohmann::json verify(const std::string &challengeToken, const std::string &method,
                          const std::string &code);
    // POST /auth/email-code: mails a new single-use code (429 rate_limited during the cool-down).
    void sendEmailCode(const std::string &challengeToken);
    // POST /auth/totp-enrollment: confirms the pending secret with a first code and names the
    // device. Answers the tokens.
    nlohmann::json confirmEnrollment(const std::string &challengeToken, const std::string &code,
                                     const std::string &deviceName);

private:
    // Throws 401 invalid_code with attempts_remaining, or too_many_attempts when the challenge
    // or the account reached its limit. `eachCounts`: every wrong code counts toward the account
    // lock (second factor); else only the one that ends the challenge does (enrolment, where
    // the code guards nothing: the secret was just handed out).
    [[noreturn]] void rejectCode(const Challenge &challenge, const UserRecord &user,
                                 bool eachCounts);
    [[noreturn]] void rejectDecoyCode(const std::string &challengeToken);

    ServerContext &m_ctx;
};

} // namespace pli::server
