#pragma once

#include "CliRun.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <memory>
#include <string>

namespace pli::test {

// The base of pli-cli's tests: a real pli-server on loopback, a private home for the CLI, and
// the arranging every test needs (people with a password and a known authenticator secret,
// conversations between them, sign-ins with a fresh TOTP code).
class CliFixture : public ::testing::Test
{
protected:
    static constexpr const char *kPassword = "Correct-Horse-Battery-9";
    static constexpr const char *kSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    void SetUp() override;
    // Tests that keep a sign-in across runs need the keyring of scripts/with-test-session.sh.
    static bool hasTestKeyring();

    // Extra `pli-server serve` flags (e.g. a short access-token TTL), before the server starts.
    virtual std::vector<std::string> serverArguments() const { return {}; }

    TestServer &server() { return *m_server; }
    CliHome &home() { return m_home; }
    QString serverUrl() const;

    // A person created with the admin command, a verified persona <username>@example.test,
    // the password kPassword and the authenticator secret kSecret. Returns the user id.
    std::string addPerson(const std::string &username, const std::string &displayName,
                          bool collaborator = false);
    // A conversation from a collaborator to participants, through the admin command.
    std::string createConversation(const std::string &fromEmail, const std::string &toEmail,
                                   const std::string &title, const std::string &body,
                                   const std::vector<std::string> &attachments = {});
    // A TOTP code the server has not seen used yet for this user.
    QString freshCode(const std::string &username);
    // The last sign-in code e-mailed to an address, empty when none.
    QString mailedCode(const std::string &address) const;

    CliResult cli(const QStringList &arguments, const QString &input = {});
    // `pli-cli login --remember` with the password on stdin and a fresh code; asserts success.
    void signIn(const std::string &username, const QString &server = {});

private:
    std::unique_ptr<TestServer> m_server;
    CliHome m_home;
};

// Prints a CliResult in assertion messages.
std::string describe(const CliResult &result);

} // namespace pli::test
