#include "PasswordPolicy.h"
#include "PasswordHash.h"

#include "ApiError.h"

#include <gtest/gtest.h>

using namespace pli::server;
using Rules = std::vector<std::string>;

TEST(PasswordPolicy, DescribesItselfAsTheContractSays)
{
    EXPECT_EQ(PasswordPolicy::describe(),
              nlohmann::json::parse(
                  R"({"min_length":14,"max_length":64,"require":["upper","digit_or_symbol"]})"));
}

TEST(PasswordPolicy, AcceptsAGoodPassword)
{
    EXPECT_EQ(PasswordPolicy::unmetRules("Correct-horse-battery", "alice"), Rules{});
    EXPECT_EQ(PasswordPolicy::unmetRules("Correcthorsebattery7", "alice"), Rules{});
}

TEST(PasswordPolicy, NamesEveryUnmetRuleInOrder)
{
    EXPECT_EQ(PasswordPolicy::unmetRules("short", "bob"),
              (Rules{"min_length", "upper", "digit_or_symbol"}));
    EXPECT_EQ(PasswordPolicy::unmetRules(std::string(65, 'A') + "1", "bob"), Rules{"max_length"});
    EXPECT_EQ(PasswordPolicy::unmetRules("correct-horse-battery", "bob"), Rules{"upper"});
    EXPECT_EQ(PasswordPolicy::unmetRules("CorrectHorseBattery", "bob"), Rules{"digit_or_symbol"});
    EXPECT_EQ(PasswordPolicy::unmetRules("My-name-is-ALICE-ok", "alice"), Rules{"not_username"});
}

TEST(PasswordPolicy, CountsCharactersNotBytes)
{
    // 14 characters, 28 bytes in UTF-8.
    EXPECT_EQ(PasswordPolicy::unmetRules("Éééééééééééé1é", "bob"), Rules{});
    // 13 characters are too few however many bytes they take.
    EXPECT_EQ(PasswordPolicy::unmetRules("Éééééééééééé1", "bob"), Rules{"min_length"});
    // 64 two-byte characters are allowed.
    std::string longest = "É1";
    for (int i = 0; i < 62; ++i)
        longest += "é";
    EXPECT_EQ(PasswordPolicy::unmetRules(longest, "bob"), Rules{});
}

TEST(PasswordPolicy, AcceptsAccentedCapitalsAndNonAsciiSymbols)
{
    EXPECT_EQ(PasswordPolicy::unmetRules("Écureuil-volant", "bob"), Rules{});
    EXPECT_EQ(PasswordPolicy::unmetRules("Prixenéuro€prix", "bob"), Rules{});
    EXPECT_EQ(PasswordPolicy::unmetRules("Prixeneuroprixé", "bob"), Rules{"digit_or_symbol"});
}

TEST(PasswordPolicy, RefusesTheCurrentPassword)
{
    const std::string current = "Correct-horse-battery";
    const auto hash = hashPassword(current);
    EXPECT_EQ(PasswordPolicy::unmetRules(current, "bob", hash), Rules{"not_current"});
    EXPECT_EQ(PasswordPolicy::unmetRules("Another-horse-battery", "bob", hash), Rules{});
}

TEST(PasswordPolicy, EnforceThrowsA422WithTheUnmetRules)
{
    try {
        PasswordPolicy::enforce("short", "bob");
        FAIL() << "no exception";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.status, 422);
        EXPECT_EQ(error.code, "password_policy");
        EXPECT_EQ(error.extra["unmet"], nlohmann::json({"min_length", "upper", "digit_or_symbol"}));
    }
    EXPECT_NO_THROW(PasswordPolicy::enforce("Correct-horse-battery", "bob"));
}

TEST(PasswordPolicy, GeneratedTemporaryPasswordsMeetThePolicy)
{
    const auto a = PasswordPolicy::generateTemporary();
    const auto b = PasswordPolicy::generateTemporary();
    EXPECT_NE(a, b);
    EXPECT_EQ(a.size(), 23u);
    EXPECT_EQ(PasswordPolicy::unmetRules(a, "bob"), Rules{});
}
