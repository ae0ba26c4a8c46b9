#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace pli {
class CredentialJob;
class CredentialStore;
} // namespace pli

namespace pli::cli {

// The remembered sign-in of one account in the system keychain, step by step for a command:
// read it, store it, delete it, and keep it current as the server rotates the refresh token
// (writes run one after another, the newest token last, and the program waits for them before
// it exits).
class SessionKeychain : public QObject
{
    Q_OBJECT
public:
    SessionKeychain(CredentialStore &store, QString key, QObject *parent = nullptr);
    ~SessionKeychain() override;

    // The stored refresh token, nullopt when there is none; KeychainUnavailable as an error.
    std::optional<QString> load(Error &error);
    Error save(const QString &refreshToken);
    Error remove();

    // Stores `refreshToken` without waiting (after a rotation in the middle of a command).
    void saveLater(const QString &refreshToken);
    // Waits for the writes started by saveLater; returns the last failure.
    Error flush();

private:
    void startPending();

    CredentialStore &m_store;
    QString m_key;
    QPointer<CredentialJob> m_running;
    QString m_pending;
    bool m_hasPending = false;
    Error m_lastWriteError;
};

} // namespace pli::cli
