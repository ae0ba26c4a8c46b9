// The sign-in e-mails written by AuthMailer into a real outbox, and the demo-mode console line.
#include "AuthMailer.h"
#include "MailText.h"
#include "Mailer.h"
#include "ServerContext.h"
#include "TestServer.h"
#include "UserAccounts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

using namespace pli::server;
using pli::test::TempDir;

namespace {
class AuthMail : public ::testing::Test
{
protected:
    AuthMail()
        : mailer(dir.path() / "outbox")
    {
        ctx.mailer = &mailer;
        user.id = "u_1";
        user.username = "alice";
        user.displayName = "Alice Martin";
        user.email = "alice@example.test";
    }

    std::string onlyMail() const
    {
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(mailer.outbox()))
            files.push_back(entry.path());
        EXPECT_EQ(files.size(), 1u);
        if (files.empty())
            return {};
        std::ifstream in(files.front());
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

    // What the call prints on stdout.
    template<class F> std::string stdoutOf(F &&call)
    {
        std::stringstream captured;
        auto *previous = std::cout.rdbuf(captured.rdbuf());
        call();
        std::cout.rdbuf(previous);
        return captured.str();
    }

    TempDir dir;
    Mailer mailer;
    ServerContext ctx;
    UserRecord user;
};
} // namespace

TEST_F(AuthMail, SignInCodeIsMailedButNotPrintedOutsideDemoMode)
{
    const auto printed = stdoutOf([&] { AuthMailer(ctx).sendSignInCode(user, "123456"); });
    EXPECT_EQ(printed, "");
    const auto mail = onlyMail();
    EXPECT_NE(mail.find("To: alice@example.test\r\n"), std::string::npos);
    EXPECT_NE(mail.find("Subject: Your Pli sign-in code\r\n"), std::string::npos);
    EXPECT_NE(mail.find("Hello Alice Martin,"), std::string::npos);
    EXPECT_NE(mail.find("sign-in code is: 123456"), std::string::npos);
    EXPECT_NE(mail.find("within 10 minutes"), std::string::npos);
}

TEST_F(AuthMail, DemoModeAlsoPrintsTheCode)
{
    ctx.config.demo = true;
    const auto printed = stdoutOf([&] { AuthMailer(ctx).sendSignInCode(user, "654321"); });
    EXPECT_EQ(printed, "demo: e-mail code for alice: 654321\n");
    EXPECT_NE(onlyMail().find("654321"), std::string::npos);
}

TEST_F(AuthMail, LinksCarryTheTokenForThePliScheme)
{
    AuthMailer(ctx).sendUnlockLink(user, "tok-UNLOCK_1");
    const auto mail = onlyMail();
    EXPECT_NE(mail.find("Subject: Your Pli account is locked"), std::string::npos);
    EXPECT_NE(mail.find("pli://auth/unlock?token=tok-UNLOCK_1"), std::string::npos);
    EXPECT_NE(mail.find("within 24 hours"), std::string::npos);
}

TEST_F(AuthMail, InvitationNamesTheUsername)
{
    ctx.config.demo = true; // only sign-in codes are printed, never links
    const auto printed = stdoutOf([&] { AuthMailer(ctx).sendInvitation(user, "tok-INVITE"); });
    EXPECT_EQ(printed, "");
    const auto mail = onlyMail();
    EXPECT_NE(mail.find("Subject: You are invited to Pli"), std::string::npos);
    EXPECT_NE(mail.find("username: alice"), std::string::npos);
    EXPECT_NE(mail.find("pli://auth/invitation?token=tok-INVITE"), std::string::npos);
}

TEST_F(AuthMail, LinksComeInBothFormsNamingTheServer)
{
    ctx.config.publicUrl = "https://pli.example.org";
    AuthMailer(ctx).sendPasswordResetLink(user, "tok-RESET_1");
    const auto mail = onlyMail();
    EXPECT_NE(
        mail.find("  pli://auth/password-reset?token=tok-RESET_1&server=https://pli.example.org\n"),
        std::string::npos)
        << mail;
    EXPECT_NE(mail.find("  https://pli.example.org/open/auth/password-reset?token=tok-RESET_1\n"),
              std::string::npos)
        << mail;
    EXPECT_NE(mail.find("paste this reset code in Pli: tok-RESET_1"), std::string::npos);
}

TEST_F(AuthMail, FrenchUsersGetFrenchMails)
{
    user.language = "fr";
    AuthMailer(ctx).sendUnlockLink(user, "tok-UNLOCK_2");
    const auto mail = onlyMail();
    EXPECT_EQ(pli::test::mailSubject(mail), "Votre compte Pli est verrouillé");
    EXPECT_NE(mail.find("Content-Transfer-Encoding: 8bit\r\n"), std::string::npos);
    const auto body = pli::test::mailBody(mail);
    EXPECT_NE(body.find("Bonjour Alice Martin,"), std::string::npos) << body;
    EXPECT_NE(body.find("Votre compte Pli a été verrouillé"), std::string::npos);
    EXPECT_NE(body.find("pli://auth/unlock?token=tok-UNLOCK_2&server=http://127.0.0.1:8443"),
              std::string::npos);
    EXPECT_NE(body.find("collez ce code de déverrouillage dans Pli : tok-UNLOCK_2"),
              std::string::npos);
    EXPECT_NE(body.find("dans les 24 heures"), std::string::npos);
}

TEST_F(AuthMail, TheServersDefaultLanguageAppliesToUsersWithout)
{
    ctx.config.defaultLanguage = "fr";
    AuthMailer(ctx).sendSignInCode(user, "246810");
    const auto mail = onlyMail();
    EXPECT_EQ(pli::test::mailSubject(mail), "Votre code de connexion Pli");
    EXPECT_NE(mail.find("Votre code de connexion Pli est : 246810"), std::string::npos);
    EXPECT_NE(mail.find("quelqu’un connaît votre mot de passe"), std::string::npos);
}

TEST_F(AuthMail, AnEmailUsersInvitationSpeaksOfCodesNotOfAnAuthenticator)
{
    user.secondFactor = SecondFactorMethod::Email;
    AuthMailer(ctx).sendInvitation(user, "tok-INVITE_2");
    const auto mail = onlyMail();
    EXPECT_NE(mail.find("a code e-mailed to you at each sign-in"), std::string::npos) << mail;
    EXPECT_EQ(mail.find("authenticator"), std::string::npos);
}
