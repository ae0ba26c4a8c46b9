#include "AuthMailer.h"

#include "EmailLinks.h"
#include "Language.h"
#include "Mailer.h"
#include "ServerContext.h"
#include "UserAccounts.h"

#include <iostream>
#include <mutex>

namespace pli::server {

namespace {
// The texts of one language; `fr` picks French.
struct Words
{
    bool fr;
    const char *pick(const char *english, const char *french) const
    {
        return fr ? french : english;
    }
};

std::string duration(std::int64_t seconds, Words w)
{
    if (seconds >= 7200 && seconds % 3600 == 0)
        return std::to_string(seconds / 3600) + w.pick(" hours", " heures");
    if (seconds >= 120)
        return std::to_string(seconds / 60) + " minutes";
    return std::to_string(seconds) + w.pick(" seconds", " secondes");
}

std::string greeting(const UserRecord &user, Words w)
{
    return w.pick("Hello ", "Bonjour ") + user.displayName + ",\n\n";
}

// The link in both forms, then the token to paste, then how long it works.
std::string linkBlock(const EmailLink &link, const std::string &token, const char *codeName,
                      std::int64_t validity, Words w)
{
    return "  " + link.app + "\n\n" +
           w.pick("If your mail program does not open it, use this link instead:",
                  "Si votre logiciel de courriel ne l’ouvre pas, utilisez plutôt ce lien :") +
           "\n\n  " + link.web + "\n\n" + w.pick("or paste this ", "ou collez ce ") + codeName +
           w.pick(" in Pli: ", " dans Pli : ") + token + "\n\n" +
           w.pick("The link works once, within ", "Le lien ne sert qu’une fois, dans les ") +
           duration(validity, w) + ".";
}
} // namespace

AuthMailer::AuthMailer(ServerContext &ctx)
    : m_ctx(ctx)
{}

void AuthMailer::sendSignInCode(const UserRecord &user, const std::string &code)
{
    const Words w{mailLanguageOf(user.language, m_ctx.config) == "fr"};
    const char *warning =
        user.passwordless
            ? w.pick("If you are not signing in to Pli, ignore this message: without the code, "
                     "nobody can sign in.",
                     "Si vous n’êtes pas en train de vous connecter à Pli, ignorez ce message : "
                     "sans ce code, personne ne peut se connecter.")
            : w.pick("If you are not signing in to Pli, someone knows your password: change it.",
                     "Si vous n’êtes pas en train de vous connecter à Pli, quelqu’un connaît "
                     "votre mot de passe : changez-le.");
    m_ctx.mailer->send(
        user.email, w.pick("Your Pli sign-in code", "Votre code de connexion Pli"),
        greeting(user, w) +
            w.pick("Your Pli sign-in code is: ", "Votre code de connexion Pli est : ") + code +
            "\n\n" + w.pick("It can be used once, within ", "Il ne sert qu’une fois, dans les ") +
            duration(m_ctx.config.emailCodeTtl, w) + ".\n" + warning + "\n");
    if (m_ctx.config.demo) {
        static std::mutex console;
        std::lock_guard guard(console);
        std::cout << "demo: e-mail code for " << user.username << ": " << code << std::endl;
    }
}

void AuthMailer::sendUnlockLink(const UserRecord &user, const std::string &token)
{
    const Words w{mailLanguageOf(user.language, m_ctx.config) == "fr"};
    m_ctx.mailer->send(
        user.email, w.pick("Your Pli account is locked", "Votre compte Pli est verrouillé"),
        greeting(user, w) +
            w.pick("Your Pli account was locked after too many failed sign-in attempts.\n"
                   "To unlock it, open this link with Pli:\n\n",
                   "Votre compte Pli a été verrouillé après trop de tentatives de connexion "
                   "infructueuses.\nPour le déverrouiller, ouvrez ce lien avec Pli :\n\n") +
            linkBlock(EmailLinks(m_ctx.config.publicUrl).unlock(token), token,
                      w.pick("unlock code", "code de déverrouillage"), m_ctx.config.oneTimeTokenTtl,
                      w) +
            w.pick(" If you did not try to sign in, change your password after unlocking.\n",
                   " Si vous n’avez pas essayé de vous connecter, changez votre mot de passe "
                   "après le déverrouillage.\n"));
}

void AuthMailer::sendPasswordResetLink(const UserRecord &user, const std::string &token)
{
    const Words w{mailLanguageOf(user.language, m_ctx.config) == "fr"};
    m_ctx.mailer->send(
        user.email, w.pick("Reset your Pli password", "Réinitialisez votre mot de passe Pli"),
        greeting(user, w) +
            w.pick("To choose a new Pli password, open this link with Pli:\n\n",
                   "Pour choisir un nouveau mot de passe Pli, ouvrez ce lien avec Pli :\n\n") +
            linkBlock(EmailLinks(m_ctx.config.publicUrl).passwordReset(token), token,
                      w.pick("reset code", "code de réinitialisation"),
                      m_ctx.config.oneTimeTokenTtl, w) +
            w.pick(" If you did not ask for it, ignore this message.\n",
                   " Si vous ne l’avez pas demandé, ignorez ce message.\n"));
}

void AuthMailer::sendInvitation(const UserRecord &user, const std::string &token)
{
    const Words w{mailLanguageOf(user.language, m_ctx.config) == "fr"};
    const char *then =
        user.secondFactor == SecondFactorMethod::Email
            ? w.pick(" You will then sign in with it and a code e-mailed to you at each sign-in.\n",
                     " Vous vous connecterez ensuite avec ce mot de passe et un code envoyé par "
                     "courriel à chaque connexion.\n")
            : w.pick(" You will then sign in and set up the authenticator app of your phone.\n",
                     " Vous vous connecterez ensuite et configurerez l’application "
                     "d’authentification de votre téléphone.\n");
    m_ctx.mailer->send(
        user.email, w.pick("You are invited to Pli", "Votre invitation à Pli"),
        greeting(user, w) +
            w.pick("An account was opened for you on Pli (username: ",
                   "Un compte Pli a été ouvert pour vous (nom d’utilisateur : ") +
            user.username +
            w.pick(").\nTo choose your password, open this link with Pli:\n\n",
                   ").\nPour choisir votre mot de passe, ouvrez ce lien avec Pli :\n\n") +
            linkBlock(EmailLinks(m_ctx.config.publicUrl).invitation(token), token,
                      w.pick("invitation code", "code d’invitation"), m_ctx.config.oneTimeTokenTtl,
                      w) +
            then);
}

void AuthMailer::sendPasswordlessWelcome(const UserRecord &user)
{
    const Words w{mailLanguageOf(user.language, m_ctx.config) == "fr"};
    m_ctx.mailer->send(
        user.email, w.pick("You are invited to Pli", "Votre invitation à Pli"),
        greeting(user, w) +
            w.pick("An account was opened for you on Pli, on the server ",
                   "Un compte Pli a été ouvert pour vous, sur le serveur ") +
            m_ctx.config.publicUrl +
            w.pick(".\nTo sign in, open Pli, choose to sign in with a code sent by e-mail and "
                   "type your address, ",
                   ".\nPour vous connecter, ouvrez Pli, choisissez de vous connecter avec un code "
                   "envoyé par courriel et saisissez votre adresse, ") +
            user.email +
            w.pick(": a one-time code is e-mailed to you at each sign-in. No password is "
                   "needed.\n",
                   " : un code à usage unique vous est envoyé par courriel à chaque connexion. "
                   "Aucun mot de passe n’est nécessaire.\n"));
}

} // namespace pli::server
