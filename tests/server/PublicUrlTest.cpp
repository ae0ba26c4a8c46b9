// `--public-url` and the links built on it.
#include "PublicUrl.h"
#include "EmailLinks.h"

#include <gtest/gtest.h>

using namespace pli::server;

TEST(PublicUrl, NormalizesWhatPeopleReach)
{
    EXPECT_EQ(normalizedPublicUrl("https://pli.example.org"), "https://pli.example.org");
    EXPECT_EQ(normalizedPublicUrl("HTTPS://Pli.Example.ORG/"), "https://pli.example.org");
    EXPECT_EQ(normalizedPublicUrl("http://127.0.0.1:8443"), "http://127.0.0.1:8443");
    EXPECT_EQ(normalizedPublicUrl("https://example.org/pli/secure//"), std::nullopt);
    EXPECT_EQ(normalizedPublicUrl("https://example.org/pli/secure/"),
              "https://example.org/pli/secure");
    EXPECT_EQ(normalizedPublicUrl("http://[::1]:8443"), "http://[::1]:8443");
}

TEST(PublicUrl, RefusesWhatItWouldHaveToGuessAt)
{
    for (const char *bad :
         {"", "pli.example.org", "ftp://pli.example.org", "https://", "https://:443",
          "https://pli.example.org:0", "https://pli.example.org:70000", "https://pli.example.org:x",
          "https://user@pli.example.org", "https://pli.example.org/?a=b",
          "https://pli.example.org/#x", "https://pli example.org", "https://pli.example.org/a b",
          "https://[::1", "https://-x.org", "https://pli.example.org/%41"})
        EXPECT_EQ(normalizedPublicUrl(bad), std::nullopt) << bad;
}

TEST(EmailLinks, EachLinkNamesItsServer)
{
    const EmailLinks links("https://pli.example.org/secure");
    auto link = links.unlock("tok_EN-1");
    EXPECT_EQ(link.app, "pli://auth/unlock?token=tok_EN-1&server=https://pli.example.org/secure");
    EXPECT_EQ(link.web, "https://pli.example.org/secure/open/auth/unlock?token=tok_EN-1");
    link = links.invitation("a+b");
    EXPECT_EQ(link.app, "pli://auth/invitation?token=a%2Bb&server=https://pli.example.org/secure");
    link = links.passwordReset("t");
    EXPECT_EQ(link.web, "https://pli.example.org/secure/open/auth/password-reset?token=t");
    link = links.conversation("c_0123");
    EXPECT_EQ(link.app, "pli://conversation/c_0123?server=https://pli.example.org/secure");
    EXPECT_EQ(link.web, "https://pli.example.org/secure/open/conversation/c_0123");
    EXPECT_EQ(EmailLinks("http://[::1]:8443").conversation("c").app,
              "pli://conversation/c?server=http://%5B::1%5D:8443");
}
