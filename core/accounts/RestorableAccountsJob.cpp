#include "RestorableAccountsJob.h"

#include "keychain/ClientTokenLoadJob.h"
#include "keychain/CredentialStore.h"

#include <QTimer>

namespace pli {

RestorableAccountsJob::RestorableAccountsJob(QList<Account> candidates,
                                             CredentialStore &credentials, ClientKind client,
                                             QObject *parent)
    : Job(parent)
    , m_pending(std::move(candidates))
    , m_credentials(&credentials)
    , m_client(client)
{}

RestorableAccountsJob::~RestorableAccountsJob() = default;

void RestorableAccountsJob::doStart()
{
    // Even with no candidate the answer comes from the event loop, never from start().
    QTimer::singleShot(0, this, &RestorableAccountsJob::loadNext);
}

void RestorableAccountsJob::doCancel()
{
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
    }
}

void RestorableAccountsJob::loadNext()
{
    if (isFinished())
        return;
    if (m_pending.isEmpty()) {
        finishSuccess();
        return;
    }
    if (!m_credentials) {
        finishWithError(Error(Error::Code::Cancelled));
        return;
    }
    const Account &next = m_pending.constFirst();
    m_current = m_credentials->loadClientToken(next.server, next.username, m_client);
    connect(m_current, &Job::finished, this,
            [this](Job *job) { loaded(static_cast<ClientTokenLoadJob *>(job)); });
}

void RestorableAccountsJob::loaded(ClientTokenLoadJob *job)
{
    m_current = nullptr;
    if (isFinished())
        return;
    if (const Error error = job->error()) {
        finishWithError(error);
        return;
    }
    const Account account = m_pending.takeFirst();
    if (job->found())
        m_restorable.append({account, job->secret()});
    loadNext();
}

} // namespace pli
