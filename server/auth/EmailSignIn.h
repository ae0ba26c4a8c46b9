#pragma once

#include "ChallengeRecords.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

struct ServerContext;

// POST /auth/email-sign-in: the sign-in of a passwordless participant (seed 000, a guest without
// an authenticator or a password): their address (or username), then the code e-mailed to it,
// sent with POST /auth/second-factor (method "email"). Every other address — unknown, of a
// deactivated user, of a user with a password — gets the same answer with a decoy challenge
// (DecoyChallenges): nothing tells whether an address has an account.
class EmailSignIn
{
public:
    explicit EmailSignIn(ServerContext &ctx);

    // Answers like SignInSteps::secondFactorStep with methods ["email"]. Throws 423
    // account_locked for a locked account, 429 rate_limited (per account).
    nlohmann::json start(const std::string &usernameOrEmail, const SignInOrigin &origin);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
