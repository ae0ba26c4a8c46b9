#include "SessionKeychain.h"

#include "JobWait.h"
#include "auth/Wipe.h"
#include "keychain/ClientTokenLoadJob.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"

#include <QEventLoop>

namespace pli::cli {

SessionKeychain::SessionKeychain(CredentialStore &store, const QUrl &server,
                                 const QString &username, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
    , m_username(username)
    , m_key(CredentialStore::keyFor(server, username, ClientKind::Cli))
{}

SessionKeychain::~SessionKeychain()
{
    wipe(m_pending);
}

std::optional<QString> SessionKeychain::load(Error &error)
{
    const auto job = waitFor(m_store.loadClientToken(m_server, m_username, ClientKind::Cli));
    error = job->error();
    if (error || !job->found())
        return std::nullopt;
    return job->secret();
}

Error SessionKeychain::save(const QString &refreshToken)
{
    flush();
    return waitFor(m_store.save(m_key, refreshToken))->error();
}

Error SessionKeychain::remove()
{
    // A rotation stored after the removal would bring the entry back.
    m_hasPending = false;
    wipe(m_pending);
    flush();
    return waitFor(m_store.remove(m_key))->error();
}

void SessionKeychain::saveLater(const QString &refreshToken)
{
    m_pending = refreshToken;
    m_hasPending = true;
    if (!m_running)
        startPending();
}

void SessionKeychain::startPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    CredentialJob *job = m_store.save(m_key, m_pending);
    wipe(m_pending);
    m_running = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->error())
            m_lastWriteError = job->error();
        if (m_running == job)
            m_running = nullptr;
        startPending();
    });
}

Error SessionKeychain::flush()
{
    while (m_running) {
        QEventLoop loop;
        connect(m_running, &Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        loop.exec();
    }
    return std::exchange(m_lastWriteError, Error());
}

} // namespace pli::cli
