#include "ClientTokenLoadJob.h"

#include "CredentialJob.h"
#include "CredentialStore.h"
#include "KeychainLog.h"
#include "auth/Wipe.h"

namespace pli {

ClientTokenLoadJob::ClientTokenLoadJob(CredentialStore &store, QString clientKey, QString sharedKey,
                                       QObject *parent)
    : Job(parent)
    , m_store(&store)
    , m_clientKey(std::move(clientKey))
    , m_sharedKey(std::move(sharedKey))
{}

ClientTokenLoadJob::~ClientTokenLoadJob()
{
    wipe(m_secret);
}

void ClientTokenLoadJob::doStart()
{
    follow(m_store->load(m_clientKey), &ClientTokenLoadJob::ownLoaded);
}

void ClientTokenLoadJob::doCancel()
{
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
    }
}

void ClientTokenLoadJob::follow(CredentialJob *job,
                                void (ClientTokenLoadJob::*step)(CredentialJob *))
{
    m_current = job;
    connect(job, &Job::finished, this, [this, job, step] {
        m_current = nullptr;
        if (isFinished())
            return;
        if (const Error error = job->error()) {
            wipe(m_secret);
            finishWithError(error);
            return;
        }
        if (!m_store) {
            finishWithError(Error(Error::Code::Cancelled));
            return;
        }
        (this->*step)(job);
    });
}

void ClientTokenLoadJob::ownLoaded(CredentialJob *job)
{
    if (job->found() && !job->secret().isEmpty()) {
        m_secret = job->secret();
        finishSuccess();
        return;
    }
    follow(m_store->load(m_sharedKey), &ClientTokenLoadJob::sharedLoaded);
}

void ClientTokenLoadJob::sharedLoaded(CredentialJob *job)
{
    if (!job->found() || job->secret().isEmpty()) {
        finishSuccess();
        return;
    }
    // Reported only once it is safely under our own key: if saving fails, the shared entry
    // stays as it was and the job fails, rather than hand out a token two programs may use.
    m_secret = job->secret();
    follow(m_store->save(m_clientKey, m_secret), &ClientTokenLoadJob::savedAsOwn);
}

void ClientTokenLoadJob::savedAsOwn(CredentialJob *)
{
    m_tookOver = true;
    CredentialJob *removal = m_store->remove(m_sharedKey);
    m_current = removal;
    connect(removal, &Job::finished, this, [this, removal] {
        m_current = nullptr;
        // The token is ours now whatever happens; a shared entry left behind could only be
        // taken over by the other program once more, and the log says why.
        if (const Error error = removal->error())
            qCWarning(lcKeychain).noquote()
                << "the shared sign-in entry could not be removed:" << error.detail();
        if (!isFinished())
            finishSuccess();
    });
}

} // namespace pli
