#pragma once

#include "Account.h"
#include "Job.h"
#include "keychain/ClientKind.h"

#include <QList>
#include <QPointer>

namespace pli {

class ClientTokenLoadJob;
class CredentialStore;

// An account whose sign-in can be restored without asking anything, with the refresh token
// the silent sign-in (POST /auth/refresh) starts from.
struct RestorableAccount
{
    Account account;
    QString refreshToken;
};

// Finds, at start, which of the candidate accounts ("Stay signed in" ticked) have a refresh
// token of this program in the keychain, reading one entry after another (and taking over the
// entry earlier versions shared between programs: CredentialStore::loadClientToken). Succeeds with
// the accounts that have one, in the candidates' order (an account without a token is simply not
// restorable). Fails with KeychainUnavailable when the keychain cannot be read: then nothing is
// restored and the sign-in window can say why. Made by AccountStore::restorableAccounts().
class RestorableAccountsJob : public Job
{
    Q_OBJECT
public:
    RestorableAccountsJob(QList<Account> candidates, CredentialStore &credentials,
                          ClientKind client, QObject *parent = nullptr);
    ~RestorableAccountsJob() override;

    // After success: the restorable accounts.
    QList<RestorableAccount> accounts() const { return m_restorable; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void loadNext();
    void loaded(ClientTokenLoadJob *job);

    QList<Account> m_pending;
    QList<RestorableAccount> m_restorable;
    QPointer<CredentialStore> m_credentials;
    ClientKind m_client;
    QPointer<ClientTokenLoadJob> m_current;
};

} // namespace pli
