#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

namespace pli {
class CredentialJob;
class CredentialStore;
} // namespace pli

namespace pli::cli {

// pli-cli's remembered sign-in to one account in the system keychain (its own entry, apart
// from the desktop's: ClientKind::Cli), step by step for a command: read it, store it, delete
// it, and keep it current as the server rotates the refresh token (writes run one after
// another, the newest token last, and the program waits for them before it exits).
class SessionKeychain : public QObject
{
    Q_OBJECT
public:
    SessionKeychain(CredentialStore &store, const QUrl &server, const QString &username,
                    QObject *parent = nullptr);
    ~SessionKeychain() override;

    // The stored refresh token, nullopt when there is none; KeychainUnavailable as an error.
    // Takes over the entry that versions before separate sign-ins shared with the desktop.
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
    QUrl m_server;
    QString m_username;
    QString m_key;
    QPointer<CredentialJob> m_running;
    QString m_pending;
    bool m_hasPending = false;
    Error m_lastWriteError;
};

} // namespace pli::cli
