// Which language e-mails are written in: Accept-Language, the user's, the server's default.
#include "Language.h"
#include "ServerConfig.h"

#include <gtest/gtest.h>

using namespace pli::server;

TEST(Language, AcceptLanguagePicksTheBestSupportedOne)
{
    EXPECT_EQ(preferredLanguage("fr-CA,fr;q=0.9,en;q=0.8"), "fr");
    EXPECT_EQ(preferredLanguage("en-US, en;q=0.9"), "en");
    EXPECT_EQ(preferredLanguage("de-DE,de;q=0.9,fr;q=0.7,en;q=0.8"), "en");
    EXPECT_EQ(preferredLanguage("EN;q=0.5, FR"), "fr");
    EXPECT_EQ(preferredLanguage("fr;q=0.5, en;q=0.5"), "fr") << "the first of equals";
    EXPECT_EQ(preferredLanguage("fr;q=0, en;q=0.1"), "en") << "q=0 is not acceptable";
    EXPECT_EQ(preferredLanguage("fr;q=nonsense"), std::nullopt);
    EXPECT_EQ(preferredLanguage("de, es, *"), std::nullopt);
    EXPECT_EQ(preferredLanguage(""), std::nullopt);
    EXPECT_EQ(preferredLanguage("french"), std::nullopt);
}

TEST(Language, TheUsersLanguageElseTheServersDefault)
{
    ServerConfig config;
    EXPECT_EQ(mailLanguageOf(std::nullopt, config), "en");
    config.defaultLanguage = "fr";
    EXPECT_EQ(mailLanguageOf(std::nullopt, config), "fr");
    EXPECT_EQ(mailLanguageOf(std::string("en"), config), "en");
    EXPECT_EQ(mailLanguageOf(std::string("xx"), config), "fr");
}
