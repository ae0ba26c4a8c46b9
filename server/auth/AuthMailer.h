#pragma once

#include <string>

namespace pli::server {

struct ServerContext;
struct UserRecord;

// Writes the e-mails of the sign-in flows: sign-in codes, unlock, password-reset and invitation
// links. Links use the pli:// scheme the desktop client opens (pli://auth/<action>?token=...),
// and the token is repeated for pasting by hand. In demo mode the sign-in code is also printed
// on stdout; nothing secret is ever logged.
class AuthMailer
{
public:
    explicit AuthMailer(ServerContext &ctx);

    void sendSignInCode(const UserRecord &user, const std::string &code);
    void sendUnlockLink(const UserRecord &user, const std::string &token);
    void sendPasswordResetLink(const UserRecord &user, const std::string &token);
    void sendInvitation(const UserRecord &user, const std::string &token);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
