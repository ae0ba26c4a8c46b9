// The sign-in e-mails written by AuthMailer into a real outbox, and the demo-mode console line.
#include "AuthMailer.h"
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
