#pragma once

#include "TestServer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace pli {
class ApiClient;
}

namespace pli::test {

// The widget tests' server: a real pli-server on loopback plus the arranging the tests need
// (users with a password and, optionally, a known TOTP secret; conversations started by a
// collaborator), through the server's own admin commands.
class UiTestServer
{
public:
    explicit UiTestServer(std::vector<std::string> extraArgs = {});

    TestServer &server() { return *m_server; }
    QString url() const;

    // A participant with one persona; `totpSecret` empty: not enrolled (first access enrols).
    std::string addParticipant(const std::string &username, const std::string &email,
                               const std::string &password, const std::string &totpSecret = {});
    std::string addCollaborator(const std::string &username, const std::string &email,
                                const std::string &organization = "Innovactione");
    // Starts a conversation from `fromEmail` to `toEmail`; returns its id.
    std::string startConversation(const std::string &fromEmail, const std::string &toEmail,
                                  const std::string &title, const std::string &body = "Hello");
    void admin(const std::vector<std::string> &args);

    // An ApiClient already signed in as `username` (access token written by the server).
    ApiClient *signedInClient(const std::string &userId, QObject *parent);

    // The current code of an authenticator holding `secret`.
    static QString totpNow(const QString &secret);
    // The 6-digit code in the newest e-mail to `address` (empty when none).
    QString lastEmailedCode(const std::string &address) const;

private:
    std::unique_ptr<TestServer> m_server;
};

// The test's own settings file, so runs never share QSettings state.
QString freshSettingsFile();

} // namespace pli::test
