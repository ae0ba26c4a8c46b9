// PasswordPolicy: the client-side check of the server's rules gives the same unmet rules as
// pli-server for the same password, so a form's live checklist can be trusted.
#include "auth/PasswordPolicy.h"

#include "PasswordPolicy.h" // the server's, for the comparison

#include <gtest/gtest.h>

#include <QJsonArray>

namespace {

pli::PasswordPolicy serverPolicy()
{
    return pli::PasswordPolicy(14, 64,
                               {QStringLiteral("upper"), QStringLiteral("digit_or_symbol")});
}

} // namespace

TEST(PasswordPolicy, ListsTheUnmetRulesInOrder)
{
    const pli::PasswordPolicy policy = serverPolicy();
    EXPECT_EQ(policy.rules(),
              (QStringList{QStringLiteral("min_length"), QStringLiteral("max_length"),
                           QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));
    EXPECT_EQ(policy.unmetRules(QStringLiteral("short")),
              (QStringList{QStringLiteral("min_length"), QStringLiteral("upper"),
                           QStringLiteral("digit_or_symbol")}));
    EXPECT_EQ(policy.unmetRules(QStringLiteral("alllowercaseletters")),
              (QStringList{QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));
    EXPECT_EQ(policy.unmetRules(QString(65, u'A') + u'1'),
              QStringList{QStringLiteral("max_length")});
    EXPECT_TRUE(policy.isSatisfiedBy(QStringLiteral("Correct-Horse-Battery-9")));
    EXPECT_EQ(policy.unmetRules(QStringLiteral("Alice-Is-Here-2024"), QStringLiteral("alice")),
              QStringList{QStringLiteral("not_username")});
}

TEST(PasswordPolicy, CountsCharactersNotBytesOrUtf16Units)
{
    const pli::PasswordPolicy policy(4, 4, {});
    // Four code points: é (2 UTF-8 bytes), 😀 (2 UTF-16 units), a, b.
    EXPECT_TRUE(policy.isSatisfiedBy(QStringLiteral("é😀ab")));
    EXPECT_EQ(policy.unmetRules(QStringLiteral("😀😀😀")), QStringList{QStringLiteral("min_length")});
}

TEST(PasswordPolicy, AgreesWithTheServerOnEveryCharacterClass)
{
    const pli::PasswordPolicy policy = serverPolicy();
    const QStringList samples{QStringLiteral("Correct-Horse-Battery-9"),
                              QStringLiteral("ÉCOLE-primaire-sans-chiffre"),
                              QStringLiteral("école primaire sans rien"),
                              QStringLiteral("Zzzzzzzzzzzzzz²"),
                              QStringLiteral("Zzzzzzzzzzzzzz×"),
                              QStringLiteral("Zzzzzzzzzzzzzz€"),
                              QStringLiteral("Zzzzzzzzzzzzzz😀"),
                              QStringLiteral("Łódź-is-a-city-1"),
                              QStringLiteral("ŁÓDŹ łódź łódź łódź"),
                              QStringLiteral("ÞÐ ÞÐ ÞÐ ÞÐ ÞÐ ÞÐ"),
                              QStringLiteral("µµµµµµµµµµµµµµM"),
                              QStringLiteral("ªªªªªªªªªªªªªªA"),
                              QStringLiteral("Ⅻ Roman numeral ok"),
                              QStringLiteral("tab\tseparated\tWORDS"),
                              QString(64, u'Q') + u'!',
                              QString(65, u'Q') + u'!',
                              QStringLiteral("Q!")};
    for (const QString &password : samples) {
        QStringList expected;
        for (const std::string &rule :
             pli::server::PasswordPolicy::unmetRules(password.toStdString(), {}))
            expected.append(QString::fromStdString(rule));
        EXPECT_EQ(policy.unmetRules(password), expected) << password.toStdString();
    }
}

TEST(PasswordPolicy, DescribesEachRuleWithItsNumbers)
{
    const pli::PasswordPolicy policy = serverPolicy();
    EXPECT_TRUE(policy.ruleText(QStringLiteral("min_length")).contains(QStringLiteral("14")));
    EXPECT_TRUE(policy.ruleText(QStringLiteral("max_length")).contains(QStringLiteral("64")));
    EXPECT_FALSE(policy.ruleText(QStringLiteral("upper")).isEmpty());
    EXPECT_TRUE(
        policy.ruleText(QStringLiteral("future_rule")).contains(QStringLiteral("future_rule")));
    // An unknown required rule is shown but never judged locally.
    const pli::PasswordPolicy withUnknown(1, 0, {QStringLiteral("future_rule")});
    EXPECT_TRUE(withUnknown.isSatisfiedBy(QStringLiteral("x")));
}

TEST(PasswordPolicy, ReadsThePolicyOfAProblemAnswer)
{
    const QJsonObject problem{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("min_length"), 14},
                     {QStringLiteral("max_length"), 64},
                     {QStringLiteral("require"), QJsonArray{QStringLiteral("upper")}}}}};
    EXPECT_EQ(pli::PasswordPolicy::fromProblem(problem),
              pli::PasswordPolicy(14, 64, {QStringLiteral("upper")}));
    EXPECT_TRUE(pli::PasswordPolicy::fromProblem(QJsonObject{}).isEmpty());
    EXPECT_TRUE(pli::PasswordPolicy::fromProblem(
                    QJsonObject{{QStringLiteral("policy"), QStringLiteral("garbage")}})
                    .isEmpty());
}

TEST(PasswordPolicy, ARefusalNamesTheUnmetRulesAndCarriesThePolicy)
{
    const pli::PasswordPolicy policy = serverPolicy();
    const QStringList unmet = policy.unmetRules(QStringLiteral("short"));
    const pli::Error refusal = policy.refusal(unmet);
    EXPECT_EQ(refusal.code(), pli::Error::Code::PasswordPolicy);
    EXPECT_EQ(refusal.unmetRules(), unmet);
    // The same shape as the server's answer: a form rebuilds the policy from it.
    EXPECT_EQ(pli::PasswordPolicy::fromProblem(refusal.problem()), policy);
}
