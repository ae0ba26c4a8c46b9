#pragma once

#include "ChallengeRecords.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

struct ServerContext;
struct UserRecord;

// The order of a sign-in: password, then a password change when required, then TOTP enrolment
// when the user's second factor is an authenticator and they have none, then the second factor
// (a TOTP or e-mailed code; for e-mail users the code is mailed at once), then tokens. Each
// intermediate answer carries a fresh challenge for the next step.
class SignInSteps
{
public:
    explicit SignInSteps(ServerContext &ctx);

    // POST /auth/login with a username or e-mail address. Throws 401 invalid_credentials (the
    // same for an unknown, deactivated or password-less user and a wrong password, and in the
    // same time), 423 account_locked (a locked account, whether the password is right or
    // wrong) or 429 rate_limited (SignInThrottle, per account).
    nlohmann::json login(const std::string &usernameOrEmail, const std::string &password,
                         const SignInOrigin &origin);
    // The answer once `user` has given their password: the next step's challenge, or tokens.
    nlohmann::json afterPassword(const UserRecord &user, const SignInOrigin &origin);
    // The second-factor step: {"status":"second_factor_required", "challenge", "methods",
    // "email_code_sent", "resend_after", "expires_in"}. An e-mail user is mailed a code at once
    // (unless one went out within the cool-down: "email_code_sent" false).
    nlohmann::json secondFactorStep(const UserRecord &user, const SignInOrigin &origin);
    // The last step: a new session; the count of failed sign-ins starts again, and the language
    // the client asked for becomes the user's.
    nlohmann::json finish(const std::string &userId, const SignInOrigin &origin);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
