#pragma once

#include <string>

namespace pli::server {

struct ServerContext;

// What the e-mailed single-use links allow: resetting a forgotten password, accepting an
// invitation (choosing the first password) and unlocking a locked account. A bad, used or
// expired token answers 400 invalid_token; a password refused by the policy leaves the token
// usable for another try.
class AccountRecovery
{
public:
    explicit AccountRecovery(ServerContext &ctx);

    // POST /auth/password-reset: mails a link to an existing active user; silent otherwise.
    void requestReset(const std::string &username);
    // POST /auth/password-reset/confirm: sets the password, unlocks, ends every session.
    void confirmReset(const std::string &token, const std::string &newPassword);
    // POST /auth/invitations/accept: sets the first password.
    void acceptInvitation(const std::string &token, const std::string &newPassword);
    // POST /auth/unlock
    void unlock(const std::string &token);

    // `pli-server user invite`: mails the invitation; returns its token.
    std::string invite(const std::string &userId);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
