#include "CliFixture.h"

#include "SignInFlow.h"

namespace pli::test {

void CliFixture::SetUp()
{
    m_server = std::make_unique<TestServer>(serverArguments());
}

bool CliFixture::hasTestKeyring()
{
    return qEnvironmentVariableIsSet("PLI_TEST_SESSION");
}

QString CliFixture::serverUrl() const
{
    return QString::fromStdString(m_server->baseUrl());
}

std::string CliFixture::addPerson(const std::string &username, const std::string &displayName,
                                  bool collaborator)
{
    std::vector<std::string> args{"user",
                                  "add",
                                  username,
                                  "--display-name",
                                  displayName,
                                  "--email",
                                  username + "@example.test",
                                  "--password",
                                  kPassword};
    if (collaborator)
        args.push_back("--collaborator");
    std::string out;
    EXPECT_EQ(m_server->runAdmin(args, &out), 0) << out;
    EXPECT_EQ(m_server->runAdmin({"user", "set-totp", username, "--secret", kSecret}, &out), 0)
        << out;
    auto guard = m_server->db().lock();
    auto st = m_server->db().query("SELECT id FROM users WHERE username = ?", username);
    return st.next() ? st.text(0) : std::string();
}

std::string CliFixture::createConversation(const std::string &fromEmail, const std::string &toEmail,
                                           const std::string &title, const std::string &body,
                                           const std::vector<std::string> &attachments)
{
    std::vector<std::string> args{"conversation", "create",  "--from", fromEmail, "--to",
                                  toEmail,        "--title", title,    "--body",  body};
    for (const auto &file : attachments) {
        args.push_back("--attach");
        args.push_back(file);
    }
    std::string out;
    EXPECT_EQ(m_server->runAdmin(args, &out), 0) << out;
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

QString CliFixture::freshCode(const std::string &username)
{
    SignInFlow flow(*m_server);
    const auto code = flow.freshTotpCode(username, kSecret);
    EXPECT_TRUE(code.has_value()) << "no unused TOTP step left for " << username;
    return QString::fromStdString(code.value_or("000000"));
}

QString CliFixture::mailedCode(const std::string &address) const
{
    const auto code = SignInFlow(*m_server).mailedCode(address);
    return QString::fromStdString(code.value_or(std::string()));
}

CliResult CliFixture::cli(const QStringList &arguments, const QString &input)
{
    return runCli(m_home.environment(), arguments, input, m_home.path());
}

void CliFixture::signIn(const std::string &username, const QString &server)
{
    const CliResult result =
        cli({QStringLiteral("login"), QStringLiteral("--server"),
             server.isEmpty() ? serverUrl() : server, QStringLiteral("--user"),
             QString::fromStdString(username), QStringLiteral("--password-stdin"),
             QStringLiteral("--code"), freshCode(username), QStringLiteral("--remember")},
            QString::fromLatin1(kPassword));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    ASSERT_TRUE(result.out.contains(QStringLiteral("You stay signed in"))) << describe(result);
}

std::string describe(const CliResult &result)
{
    return "exit " + std::to_string(result.exitCode) + (result.crashed ? " (crashed)" : "") +
           "\n--- stdout:\n" + result.out.toStdString() + "--- stderr:\n" +
           result.err.toStdString();
}

} // namespace pli::test
