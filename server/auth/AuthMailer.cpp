#include "AuthMailer.h"

#include "Mailer.h"
#include "ServerContext.h"
#include "UserAccounts.h"

#include <iostream>
#include <mutex>

namespace pli::server {

namespace {
std::string duration(std::int64_t seconds)
{
    if (seconds >= 7200 && seconds % 3600 == 0)
        return std::to_string(seconds / 3600) + " hours";
    if (seconds >= 120)
        return std::to_string(seconds / 60) + " minutes";
    return std::to_string(seconds) + " seconds";
}

std::string greeting(const UserRecord &user)
{
    return "Hello " + user.displayName + ",\n\n";
}
} // namespace

AuthMailer::AuthMailer(ServerContext &ctx)
    : m_ctx(ctx)
{}

void AuthMailer::sendSignInCode(const UserRecord &user, const std::string &code)
{
    m_ctx.mailer->send(user.email, "Your Pli sign-in code",
                       greeting(user) + "Your Pli sign-in code is: " + code +
                           "\n\nIt can be used once, within " +
                           duration(m_ctx.config.emailCodeTtl) +
                           ".\nIf you are not signing in to Pli, someone knows your password: "
                           "change it.\n");
    if (m_ctx.config.demo) {
        static std::mutex console;
        std::lock_guard guard(console);
        std::cout << "demo: e-mail code for " << user.username << ": " << code << std::endl;
    }
}

void AuthMailer::sendUnlockLink(const UserRecord &user, const std::string &token)
{
    m_ctx.mailer->send(user.email, "Your Pli account is locked",
                       greeting(user) +
                           "Your Pli account was locked after too many failed sign-in attempts.\n"
                           "To unlock it, open this link with Pli:\n\n"
                           "  pli://auth/unlock?token=" +
                           token + "\n\nor paste this unlock code in Pli: " + token +
                           "\n\nThe link works once, within " +
                           duration(m_ctx.config.oneTimeTokenTtl) +
                           ". If you did not try to sign in, change your password after "
                           "unlocking.\n");
}

void AuthMailer::sendPasswordResetLink(const UserRecord &user, const std::string &token)
{
    m_ctx.mailer->send(user.email, "Reset your Pli password",
                       greeting(user) +
                           "To choose a new Pli password, open this link with Pli:\n\n"
                           "  pli://auth/password-reset?token=" +
                           token + "\n\nor paste this reset code in Pli: " + token +
                           "\n\nThe link works once, within " +
                           duration(m_ctx.config.oneTimeTokenTtl) +
                           ". If you did not ask for it, ignore this message.\n");
}

void AuthMailer::sendInvitation(const UserRecord &user, const std::string &token)
{
    m_ctx.mailer->send(
        user.email, "You are invited to Pli",
        greeting(user) + "An account was opened for you on Pli (username: " + user.username +
            ").\nTo choose your password, open this link with Pli:\n\n"
            "  pli://auth/invitation?token=" +
            token + "\n\nor paste this invitation code in Pli: " + token +
            "\n\nThe link works once, within " + duration(m_ctx.config.oneTimeTokenTtl) +
            ". You will then sign in and set up the authenticator app of your "
            "phone.\n");
}

} // namespace pli::server
