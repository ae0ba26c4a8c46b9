#include "SignedInAccounts.h"

#include "accounts/AccountStore.h"
#include "accounts/RestorableAccountsJob.h"
#include "auth/AuthSession.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"

#include <memory>

namespace pli {

SignedInAccounts::SignedInAccounts(AccountStore *store, CredentialStore *credentials,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{}

QString SignedInAccounts::titleOf(const Account &account)
{
    const QString who = account.displayName.isEmpty() ? account.username : account.displayName;
    return who + QStringLiteral(" · ") + account.server.host();
}

void SignedInAccounts::add(Account account, ApiClient *api, AuthSession *session)
{
    account.server = Account::normalizedServer(account.server);
    api->setParent(this);
    session->setParent(this);
    if (m_store->account(account.server, account.username))
        m_store->update(account);
    else
        m_store->add(account);
    m_store->markUsed(account.server, account.username);
    // The stream belongs to the connection: it cannot outlive the tokens it uses.
    auto *events = new EventStream(api, api);
    m_entries.append({account, api, session, events});
    events->start();
    if (account.staySignedIn)
        saveToken(account, api->refreshToken());
    // Refresh tokens rotate: the keychain must always hold the newest one.
    connect(api, &ApiClient::refreshTokenChanged, this, [this, account](const QString &token) {
        if (account.staySignedIn && !token.isEmpty())
            saveToken(account, token);
    });
    connect(api, &ApiClient::sessionExpired, this, [this, key = account.key()] { signOut(key); });
    Q_EMIT accountAdded(account.key());
}

void SignedInAccounts::saveToken(const Account &account, const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return;
    auto *job = m_credentials->save(account.credentialKey(client), refreshToken);
    connect(job, &Job::failed, this, &SignedInAccounts::keychainFailed);
}

void SignedInAccounts::signOut(const QString &key)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key() != key)
            continue;
        Entry entry = m_entries.takeAt(i);
        entry.api->disconnect(this);
        // Closed before the session ends, so that the end is not taken for a drop to retry.
        entry.events->stop();
        m_credentials->remove(entry.account.credentialKey(client));
        Account forgotten = entry.account;
        forgotten.staySignedIn = false;
        m_store->update(forgotten);
        connect(entry.session, &AuthSession::signedOut, entry.api, &QObject::deleteLater);
        connect(entry.session, &AuthSession::signedOut, entry.session, &QObject::deleteLater);
        entry.session->signOut();
        Q_EMIT accountRemoved(key);
        return;
    }
}

void SignedInAccounts::restore()
{
    auto *job = m_store->restorableAccounts(*m_credentials, client);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->isSuccess()) {
            Q_EMIT restoreFinished(0, job->error());
            return;
        }
        const QList<RestorableAccount> accounts = job->accounts();
        if (accounts.isEmpty()) {
            Q_EMIT restoreFinished(0, {});
            return;
        }
        auto pending = std::make_shared<int>(int(accounts.size()));
        auto restored = std::make_shared<int>(0);
        for (const RestorableAccount &candidate : accounts) {
            auto *api = new ApiClient(candidate.account.server, this);
            // Checked when stored (AccountStore refuses unusable certificates).
            api->setTrustedCertificates(candidate.account.trustedCertificates);
            auto *session = new AuthSession(api, this);
            const Account account = candidate.account;
            connect(session, &AuthSession::stateChanged, this,
                    [this, api, session, account, pending, restored](AuthSession::State state) {
                        if (state == AuthSession::State::SignedIn) {
                            session->disconnect(this);
                            add(account, api, session);
                            ++*restored;
                        } else if (state == AuthSession::State::Failed) {
                            session->disconnect(this);
                            // A refused token is dead: forget it. A network failure keeps it
                            // for the next start.
                            if (session->lastError().code() == Error::Code::SessionExpired)
                                m_credentials->remove(account.credentialKey(client));
                            session->deleteLater();
                            api->deleteLater();
                        } else {
                            return;
                        }
                        if (--*pending == 0)
                            Q_EMIT restoreFinished(*restored, {});
                    });
            session->resumeWithRefreshToken(candidate.refreshToken);
        }
    });
}

const SignedInAccounts::Entry *SignedInAccounts::find(const QString &key) const
{
    for (const Entry &entry : m_entries)
        if (entry.key() == key)
            return &entry;
    return nullptr;
}

bool SignedInAccounts::contains(const QUrl &server, const QString &username) const
{
    for (const Entry &entry : m_entries)
        if (entry.account.isAccount(server, username))
            return true;
    return false;
}

} // namespace pli
