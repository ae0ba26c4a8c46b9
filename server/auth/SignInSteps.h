#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pli::server {

struct ServerContext;
struct UserRecord;

// The order of a sign-in: password, then a password change when required, then TOTP enrolment
// when the user has none, then the second factor, then tokens. Each intermediate answer carries
// a fresh challenge for the next step.
class SignInSteps
{
public:
    explicit SignInSteps(ServerContext &ctx);

    // POST /auth/login. Throws 401 invalid_credentials (the same for an unknown, deactivated or
    // password-less user and a wrong password, and in the same time) or 423 account_locked.
    nlohmann::json login(const std::string &username, const std::string &password,
                         const std::optional<std::string> &deviceName);
    // The answer once `user` has passed the steps so far: the next step's challenge, or tokens.
    nlohmann::json next(const UserRecord &user, const std::optional<std::string> &deviceName);
    // The last step: a new session; the count of failed sign-ins starts again.
    nlohmann::json finish(const std::string &userId, const std::optional<std::string> &deviceName);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
