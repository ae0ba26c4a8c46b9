#pragma once

#include "Error.h"
#include "accounts/Account.h"

#include <QList>
#include <QObject>

namespace pli {

class AccountStore;
class ApiClient;
class AuthSession;
class CredentialStore;
class EventStream;

// The accounts signed in during this run of the desktop client, each with its connection
// (ApiClient) and sign-in (AuthSession). Keeps the keychain in step: with "Stay signed in" every
// rotated refresh token replaces the stored one, signing out deletes it, and at start the
// remembered accounts are signed in again silently. The tokens are the desktop's own
// (ClientKind::Desktop): pli-cli signed in to the same account keeps another. Each account keeps
// its live updates (EventStream) open from sign-in to sign-out.
class SignedInAccounts : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        Account account;
        ApiClient *api = nullptr;
        AuthSession *session = nullptr;
        EventStream *events = nullptr; // owned by `api`; started
        QString key() const { return account.key(); }
    };

    SignedInAccounts(AccountStore *store, CredentialStore *credentials, QObject *parent = nullptr);

    // Takes a finished sign-in (api and session are re-parented to this object).
    void add(Account account, ApiClient *api, AuthSession *session);
    void signOut(const QString &key);
    // Signs in again every remembered account; restoreFinished() tells how it went.
    void restore();

    QList<Entry> entries() const { return m_entries; }
    const Entry *find(const QString &key) const;
    bool contains(const QUrl &server, const QString &username) const;
    static QString titleOf(const Account &account);
    static constexpr ClientKind client = ClientKind::Desktop;

Q_SIGNALS:
    void accountAdded(const QString &key);
    void accountRemoved(const QString &key);
    // `restored`: how many came back; `error`: why none could (keychain unavailable).
    void restoreFinished(int restored, const pli::Error &error);
    // A remembered token could not be saved: the sign-in holds for this run only.
    void keychainFailed(const pli::Error &error);

private:
    void saveToken(const Account &account, const QString &refreshToken);

    AccountStore *m_store;
    CredentialStore *m_credentials;
    QList<Entry> m_entries;
};

} // namespace pli
