// pli-cli speaks the user's language, chosen as POSIX programs do (LC_ALL, then LC_MESSAGES,
// then LANG): its own messages and help, and the errors of pli-core, in French for fr_*.
#include "CliFixture.h"

#include <QTranslator>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;
using pli::test::runCli;

namespace {

class CliLanguage : public CliFixture
{
protected:
    CliResult run(const QStringList &arguments, const QList<std::pair<QString, QString>> &locale,
                  const QString &input = {})
    {
        QProcessEnvironment env = home().environment();
        for (const auto &[name, value] : locale)
            env.insert(name, value);
        return runCli(env, arguments, input, home().path());
    }
    static QList<std::pair<QString, QString>> french()
    {
        return {{QStringLiteral("LANG"), QStringLiteral("fr_CA.UTF-8")}};
    }
};

TEST_F(CliLanguage, UsageErrorsAndHelpInFrench)
{
    const CliResult usage = run({QStringLiteral("list")}, french());
    EXPECT_EQ(usage.exitCode, 2) << describe(usage);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("la commande list demande plus d'arguments")))
        << describe(usage);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("Essayez « pli-cli help list ».")))
        << describe(usage);

    const CliResult help = run({QStringLiteral("--help")}, french());
    EXPECT_EQ(help.exitCode, 0) << describe(help);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Utilisation : pli-cli COMMANDE")))
        << describe(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Codes de sortie :"))) << describe(help);
}

TEST_F(CliLanguage, SignInErrorsInFrench)
{
    addPerson("alice", "Alice Martin");
    const CliResult result =
        run({QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
             QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
             QStringLiteral("--code"), freshCode("alice")},
            french(), QStringLiteral("wrong-password"));
    EXPECT_EQ(result.exitCode, 3) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Mot de passe de alice sur ")))
        << describe(result);
    // pli-core's sentence for the error, as its French catalogue (built into the program) has it.
    QTranslator french;
    ASSERT_TRUE(french.load(QStringLiteral(":/i18n/pli_fr")));
    const QString expected =
        french.translate("pli::Error", "The username or the password is incorrect.");
    ASSERT_FALSE(expected.isEmpty()) << "pli::Error is not translated into French";
    EXPECT_TRUE(result.err.contains(QStringLiteral("pli-cli: ") + expected)) << describe(result);
}

TEST_F(CliLanguage, LcAllWinsOverLcMessagesWhichWinsOverLang)
{
    const QStringList usage{QStringLiteral("show")};
    CliResult result = run(usage, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                                   {QStringLiteral("LC_ALL"), QStringLiteral("C")}});
    EXPECT_TRUE(result.err.contains(QStringLiteral("needs more arguments"))) << describe(result);
    result = run(usage, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                         {QStringLiteral("LC_MESSAGES"), QStringLiteral("fr_BE.UTF-8")}});
    EXPECT_TRUE(result.err.contains(QStringLiteral("demande plus d'arguments")))
        << describe(result);
    result = run(usage, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    EXPECT_TRUE(result.err.contains(QStringLiteral("needs more arguments"))) << describe(result);
}

} // namespace
