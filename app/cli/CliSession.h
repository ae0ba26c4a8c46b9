#pragma once

#include "AccountChoice.h"
#include "Error.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pli {
class ApiClient;
}

namespace pli::cli {

class CliContext;
class SessionKeychain;

// The signed-in account a command talks to. open() picks the account (AccountChoice), trusts
// the certificate authority kept with it (if any) for its server, and gets a session: silently from
// the refresh token remembered in the keychain, or else by a password sign-in at the terminal
// (CliSignIn). With --remember the sign-in is kept in the keychain, and every token the server
// rotates during the command is stored again, so the next run finds the current one. Only the
// refresh token is ever stored, only in the keychain.
class CliSession : public QObject
{
    Q_OBJECT
public:
    explicit CliSession(CliContext &context, QObject *parent = nullptr);
    ~CliSession() override;

    // A session for the chosen account, remembered one first.
    Error open();
    // A new password sign-in even when a remembered one exists (pli-cli login).
    Error signInAgain();
    // A password the person has just chosen (pli-cli link): the next password sign-in uses it
    // instead of asking for it.
    void setChosenPassword(const QString &password) { m_chosenPassword = password; }
    // Trust these certificate authorities (PEM) for the account instead of the ones it kept:
    // pli-cli login --ca-file. Kept with the account once signed in. Call before signInAgain().
    void replaceTrustedCertificates(const QByteArray &pem) { m_trustGiven = pem; }

    ApiClient *api() const { return m_api.get(); }
    const AccountChoice &choice() const { return m_choice; }
    // Whether the sign-in is kept in the keychain.
    bool isRemembered() const { return m_remembered; }

    // Waits for pending keychain writes (call before the program exits).
    void close();

private:
    Error choose();
    Error applyTrust();
    Error resume(bool &resumed);
    Error signIn();
    void rememberOrForget();
    void recordUse();
    QString lockPath() const;

    CliContext &m_context;
    AccountChoice m_choice;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SessionKeychain> m_keychain;
    bool m_remembered = false;
    QString m_chosenPassword;
    std::optional<QByteArray> m_trustGiven;
};

} // namespace pli::cli
