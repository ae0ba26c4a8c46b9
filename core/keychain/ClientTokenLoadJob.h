#pragma once

#include "Job.h"

#include <QPointer>
#include <QString>

namespace pli {

class CredentialJob;
class CredentialStore;

// Reads one program's refresh token for an account (CredentialStore::loadClientToken).
// Versions before separate sign-ins kept one entry for both programs; when the program has no
// entry of its own yet, the shared one is taken over: its token is saved under the program's
// key, then the shared entry is deleted, so that the other program cannot present the same
// token later (the server would take that for a stolen token and end the sign-in). The other
// program then signs in once more, with its own token. Succeeds with found() false when there
// is no token at all; fails with KeychainUnavailable when the keychain cannot be used (then
// nothing was moved). Deletes itself after `finished`, like every job.
class ClientTokenLoadJob : public Job
{
    Q_OBJECT
public:
    ClientTokenLoadJob(CredentialStore &store, QString clientKey, QString sharedKey,
                       QObject *parent = nullptr);
    ~ClientTokenLoadJob() override;

    // After success: whether there is a token, and the token.
    bool found() const { return !m_secret.isEmpty(); }
    QString secret() const { return m_secret; }
    // Whether the token came from the shared entry of an earlier version (now removed).
    bool tookOverSharedEntry() const { return m_tookOver; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void ownLoaded(CredentialJob *job);
    void sharedLoaded(CredentialJob *job);
    void savedAsOwn(CredentialJob *job);
    void follow(CredentialJob *job, void (ClientTokenLoadJob::*step)(CredentialJob *));

    QPointer<CredentialStore> m_store;
    QString m_clientKey;
    QString m_sharedKey;
    QString m_secret;
    bool m_tookOver = false;
    QPointer<CredentialJob> m_current;
};

} // namespace pli
