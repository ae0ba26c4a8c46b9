#include "CredentialStore.h"

#include "ClientTokenLoadJob.h"
#include "CredentialJob.h"

#include <QUrl>

namespace pli {

namespace {
// Real keys always contain "://" (they hold a server address), so this one never names an
// account's entry; nothing is ever stored under it.
const QString probeKey = QStringLiteral("availability-probe");
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::service()
{
    return QStringLiteral("pli");
}

QString CredentialStore::keyFor(const QUrl &server, const QString &username, ClientKind client)
{
    return clientKindId(client) + QLatin1Char('|') + sharedKeyFor(server, username);
}

QString CredentialStore::sharedKeyFor(const QUrl &server, const QString &username)
{
    return server.toString(QUrl::FullyEncoded) + QLatin1Char('|') + username;
}

CredentialJob *CredentialStore::save(const QString &key, const QString &secret)
{
    return run(new CredentialJob(CredentialJob::Operation::Save, service(), key, secret));
}

CredentialJob *CredentialStore::load(const QString &key)
{
    return run(new CredentialJob(CredentialJob::Operation::Load, service(), key));
}

CredentialJob *CredentialStore::remove(const QString &key)
{
    return run(new CredentialJob(CredentialJob::Operation::Remove, service(), key));
}

ClientTokenLoadJob *CredentialStore::loadClientToken(const QUrl &server, const QString &username,
                                                     ClientKind client)
{
    auto *job = new ClientTokenLoadJob(*this, keyFor(server, username, client),
                                       sharedKeyFor(server, username));
    job->start();
    return job;
}

CredentialJob *CredentialStore::isAvailable()
{
    return run(new CredentialJob(CredentialJob::Operation::Probe, service(), probeKey));
}

CredentialJob *CredentialStore::run(CredentialJob *job)
{
    // Not parented to the store: a job may outlive it (it deletes itself once finished).
    job->start();
    return job;
}

} // namespace pli
