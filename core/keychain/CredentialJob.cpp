#include "CredentialJob.h"

#include "CredentialStore.h"
#include "KeychainLog.h"

#include <QVariant>
#include <qt6keychain/keychain.h>

namespace pli {

namespace {

// Why the keychain could not be used, as a sentence for the person (Error::detail()). The
// backend's own text is English and technical: it goes to the log only.
QString unavailableReason(QKeychain::Error code)
{
    switch (code) {
    case QKeychain::AccessDeniedByUser:
        return CredentialJob::tr("Access to the system keychain was refused.");
    case QKeychain::AccessDenied:
        return CredentialJob::tr("The system keychain is locked or refused access.");
    case QKeychain::CouldNotDeleteEntry:
        return CredentialJob::tr("The saved sign-in could not be removed from the system "
                                 "keychain.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    //: The Secret Service is the keychain of Linux desktops (GNOME Keyring, KWallet).
    return CredentialJob::tr("No system keychain answered (on Linux: no Secret Service is "
                             "running).");
}

} // namespace

CredentialJob::CredentialJob(Operation operation, QString service, QString key, QString secret,
                             QObject *parent)
    : Job(parent)
    , m_operation(operation)
    , m_service(std::move(service))
    , m_key(std::move(key))
    , m_secret(std::move(secret))
{}

CredentialJob::~CredentialJob() = default;

Error CredentialJob::invalidInput() const
{
    if (m_key.isEmpty())
        return Error(Error::Code::InvalidInput, tr("no account was given for the keychain entry"));
    if (m_operation != Operation::Save)
        return {};
    if (m_secret.isEmpty())
        return Error(Error::Code::InvalidInput, tr("there is no sign-in token to save"));
    const qsizetype bytes = m_secret.toUtf8().size();
    if (bytes > CredentialStore::MaxSecretBytes) {
        //: %1 and %2 are sizes in bytes
        return Error(Error::Code::InvalidInput,
                     tr("the sign-in token is %1 bytes long; the system keychain keeps at most "
                        "%2 bytes")
                         .arg(bytes)
                         .arg(CredentialStore::MaxSecretBytes));
    }
    return {};
}

QKeychain::Job *CredentialJob::createKeychainJob()
{
    // No parent and auto-delete: QtKeychain's backends call back into the job from the platform
    // API, so it must outlive the request even if this job is cancelled and deleted first.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Save: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_secret);
        m_secret.clear(); // no copy kept once handed to the keychain
        job = write;
        break;
    }
    case Operation::Load:
    case Operation::Probe:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(m_key);
    job->setAutoDelete(true);
    // Stated although it is the default: Pli never writes a secret in plain text.
    job->setInsecureFallback(false);
    return job;
}

void CredentialJob::doStart()
{
    if (const Error error = invalidInput()) {
        failLater(error);
        return;
    }
    m_keychainJob = createKeychainJob();
    connect(m_keychainJob, &QKeychain::Job::finished, this, &CredentialJob::keychainJobFinished);
    m_keychainJob->start();
}

void CredentialJob::doCancel()
{
    // The keychain request cannot be withdrawn; its answer is simply no longer awaited.
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    m_keychainJob = nullptr;
}

void CredentialJob::keychainJobFinished(QKeychain::Job *job)
{
    m_keychainJob = nullptr;
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError) {
        if (m_operation == Operation::Load) {
            m_secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            m_found = true;
        }
        finishSuccess();
        return;
    }
    // Reading or removing an entry that is not there is an ordinary answer; for the probe it
    // proves the keychain answered.
    if (code == QKeychain::EntryNotFound && m_operation != Operation::Save) {
        finishSuccess();
        return;
    }
    qCWarning(lcKeychain).noquote() << QStringLiteral("%1 failed (QtKeychain error %2): %3")
                                           .arg(QVariant::fromValue(m_operation).toString())
                                           .arg(int(code))
                                           .arg(job->errorString());
    finishWithError(Error(Error::Code::KeychainUnavailable, unavailableReason(code)));
}

} // namespace pli
