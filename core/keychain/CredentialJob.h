#pragma once

#include "Job.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace pli {

// One operation on Pli's entries in the system keychain (save, load, remove, or the
// availability probe), run through QtKeychain. Any keychain failure (no Secret Service or other
// backend, keyring locked, access denied) ends the job with Error::Code::KeychainUnavailable,
// whose detail() says which in a translated sentence; invalid input ends it with InvalidInput.
// A missing entry is not an error: load() succeeds with found() false and an empty secret().
// Never falls back to plain-text storage. Created and started by CredentialStore.
class CredentialJob : public Job
{
    Q_OBJECT
public:
    enum class Operation
    {
        Save,
        Load,
        Remove,
        Probe
    };
    Q_ENUM(Operation)

    CredentialJob(Operation operation, QString service, QString key, QString secret = {},
                  QObject *parent = nullptr);
    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    // Load: the stored secret, empty when there is none.
    QString secret() const { return m_secret; }
    // Load: whether an entry exists for key().
    bool found() const { return m_found; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    Error invalidInput() const;
    QKeychain::Job *createKeychainJob();
    void keychainJobFinished(QKeychain::Job *job);

    Operation m_operation;
    QString m_service;
    QString m_key;
    QString m_secret;
    bool m_found = false;
    QKeychain::Job *m_keychainJob = nullptr;
};

} // namespace pli
