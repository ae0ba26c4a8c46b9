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

    // POST /auth/password-reset with a username or e-mail address: mails a link to an existing
    // active user, at most ServerConfig::resetMailsPerHour an hour; silent otherwise. The user's
    // ServerConfig::validResetLinks newest links work, so that asking again (anyone can) does not
    // cancel the one the user is about to open. Limited per account (SignInThrottle).
    void requestReset(const std::string &usernameOrEmail);
    // POST /auth/password-reset/confirm: sets the password, unlocks, ends every session; the
    // user's other reset links stop working.
    void confirmReset(const std::string &token, const std::string &newPassword);
    // POST /auth/invitations/accept: sets the first password.
    void acceptInvitation(const std::string &token, const std::string &newPassword);
    // POST /auth/unlock
    void unlock(const std::string &token);

    // `pli-server user invite`: mails the invitation; returns its token. A passwordless user has
    // nothing to choose: they get a welcome that explains the e-mail sign-in, and no token
    // (empty).
    std::string invite(const std::string &userId);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
