#pragma once

#include <string>

namespace pli::server {

struct ServerContext;
struct UserRecord;

// Writes the e-mails of the sign-in flows, in the user's language (French or English): sign-in
// codes, unlock, password-reset and invitation links. Each link comes in its two forms
// (EmailLinks: pli://… naming the server, and the server's https /open/ page), and the token is
// repeated for pasting by hand. In demo mode the sign-in code is also printed on stdout; nothing
// secret is ever logged.
class AuthMailer
{
public:
    explicit AuthMailer(ServerContext &ctx);

    void sendSignInCode(const UserRecord &user, const std::string &code);
    void sendUnlockLink(const UserRecord &user, const std::string &token);
    void sendPasswordResetLink(const UserRecord &user, const std::string &token);
    void sendInvitation(const UserRecord &user, const std::string &token);
    // A passwordless participant has no password to choose: the welcome tells them to sign in
    // with their address and an e-mailed code.
    void sendPasswordlessWelcome(const UserRecord &user);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
