#include "UiTestServer.h"

#include "auth/Totp.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <stdexcept>

namespace pli::test {

UiTestServer::UiTestServer(std::vector<std::string> extraArgs)
    : m_server(std::make_unique<TestServer>(std::move(extraArgs)))
{}

QString UiTestServer::url() const
{
    return QString::fromStdString(m_server->baseUrl());
}

void UiTestServer::admin(const std::vector<std::string> &args)
{
    std::string out;
    const int status = m_server->runAdmin(args, &out);
    if (status != 0) {
        std::ifstream log(m_server->dataDir() / "admin.log");
        const std::string why((std::istreambuf_iterator<char>(log)), {});
        throw std::runtime_error("pli-server admin command failed (" + std::to_string(status) +
                                 "): " + args.front() + " " + args.at(1) + "\n" + out + why);
    }
}

std::string UiTestServer::addParticipant(const std::string &username, const std::string &email,
                                         const std::string &password, const std::string &totpSecret)
{
    admin({"user", "add", username, "--display-name", username, "--email", email, "--password",
           password});
    if (!totpSecret.empty())
        admin({"user", "set-totp", username, "--secret", totpSecret});
    auto statement = m_server->db().query("SELECT id FROM users WHERE username = ?", username);
    if (!statement.next())
        throw std::runtime_error("user not created");
    return statement.text(0);
}

std::string UiTestServer::addCollaborator(const std::string &username, const std::string &email,
                                          const std::string &organization)
{
    admin({"user", "add", username, "--display-name", username, "--email", email, "--organization",
           organization, "--collaborator", "--password", "Collaborator-Password-1"});
    auto statement = m_server->db().query("SELECT id FROM users WHERE username = ?", username);
    if (!statement.next())
        throw std::runtime_error("user not created");
    return statement.text(0);
}

std::string UiTestServer::startConversation(const std::string &fromEmail,
                                            const std::string &toEmail, const std::string &title,
                                            const std::string &body)
{
    std::string out;
    const int status = m_server->runAdmin({"conversation", "create", "--from", fromEmail, "--to",
                                           toEmail, "--title", title, "--body", body},
                                          &out);
    if (status != 0)
        throw std::runtime_error("conversation create failed: " + out);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

ApiClient *UiTestServer::signedInClient(const std::string &userId, QObject *parent)
{
    auto *api = new ApiClient(QUrl(url()), parent);
    api->setSession(QString::fromStdString(m_server->tokenFor(userId)), QString());
    return api;
}

QString UiTestServer::totpNow(const QString &secret)
{
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return QString::fromStdString(server::totp::codeAt(secret.toStdString(), now));
}

QString UiTestServer::lastEmailedCode(const std::string &address) const
{
    const auto mail = m_server->lastMailTo(address);
    if (!mail)
        return {};
    const QRegularExpression sixDigits(QStringLiteral("sign-in code is: (\\d{6})"));
    const auto match = sixDigits.match(QString::fromStdString(*mail));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString freshSettingsFile()
{
    static QTemporaryDir dir;
    static int n = 0;
    return dir.filePath(QStringLiteral("settings-%1.ini").arg(++n));
}

} // namespace pli::test
