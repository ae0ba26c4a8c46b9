#pragma once

#include "Account.h"
#include "Error.h"
#include "keychain/ClientKind.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace pli {

class CredentialStore;
class RestorableAccountsJob;

// The accounts this computer has signed in to, kept in the settings (group "accounts", with the
// certificate authority an account trusts, which is public), and the username the sign-in window
// offers ("Remember my username"). Never a secret: refresh tokens are the CredentialStore's.
// Changes are written at once and announced by signals.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The application's settings (QSettings' default place for the organisation and
    // application names: ~/.config on Linux, the registry on Windows, a plist on macOS).
    explicit AccountStore(QObject *parent = nullptr);
    // An explicit INI file, e.g. for tests or a command-line --config option.
    explicit AccountStore(const QString &settingsFile, QObject *parent = nullptr);
    // The list of another Pli program on this computer, at its usual place, to read which
    // accounts it remembers (pli-cli reads the desktop's and the other way round). Reading it
    // never creates the file.
    static std::unique_ptr<AccountStore> ofClient(ClientKind client);
    ~AccountStore() override;

    QString settingsPath() const;

    // Every account, the most recently used first (never used ones last).
    QList<Account> accounts() const;
    std::optional<Account> account(const QUrl &server, const QString &username) const;

    // Adds a new account (its server is stored normalized). InvalidInput when the server,
    // username or trusted certificates are unusable or the account is already listed; FileError
    // when the settings cannot be written.
    Error add(const Account &account);
    // Replaces the stored fields of an account already listed (NotFound otherwise; InvalidInput
    // for unusable trusted certificates).
    Error update(const Account &account);
    // Forgets the account; false when it was not listed. Its refresh token, if any, is the
    // caller's to remove from the CredentialStore (signing out does it).
    bool remove(const QUrl &server, const QString &username);
    // Records a sign-in: the account becomes the first of accounts().
    Error markUsed(const QUrl &server, const QString &username,
                   const QDateTime &when = QDateTime::currentDateTimeUtc());

    // What the sign-in window fills in; both empty when nothing is remembered.
    QUrl rememberedServer() const;
    QString rememberedUsername() const;
    Error setRemembered(const QUrl &server, const QString &username);
    void forgetRemembered();

    // The accounts to sign in again silently at start: "Stay signed in" ticked and a refresh
    // token of `client` in the keychain. The job is started; see RestorableAccountsJob.
    RestorableAccountsJob *restorableAccounts(CredentialStore &credentials,
                                              ClientKind client) const;

Q_SIGNALS:
    void accountAdded(const pli::Account &account);
    void accountUpdated(const pli::Account &account);
    void accountRemoved(const pli::Account &account);
    void rememberedChanged();

private:
    explicit AccountStore(std::unique_ptr<QSettings> settings);
    QList<Account> read() const;
    Error write(const QList<Account> &accounts);
    Error syncError();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pli
