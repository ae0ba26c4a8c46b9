#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

struct ServerContext;
struct Principal;

// POST /auth/password: a new password chosen during a sign-in (temporary or expired password,
// with the challenge) or by a signed-in user (with the current password). Both go through
// PasswordPolicy; hashing happens outside the database lock.
class PasswordChange
{
public:
    explicit PasswordChange(ServerContext &ctx);

    // Answers like /auth/login: the sign-in's next step. The user's sessions end: the password
    // had to change (temporary, expired), so whoever used the old one is signed out.
    nlohmann::json duringSignIn(const std::string &challengeToken, const std::string &newPassword);
    // Throws 401 invalid_credentials when `currentPassword` is wrong. The user's other sessions
    // end; the caller's stays.
    void signedIn(const Principal &principal, const std::string &currentPassword,
                  const std::string &newPassword);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
