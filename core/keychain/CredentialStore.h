#pragma once

#include "ClientKind.h"

#include <QObject>
#include <QString>

class QUrl;

namespace pli {

class ClientTokenLoadJob;
class CredentialJob;

// Pli's one door to the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager through QtKeychain). It keeps one small secret per account and program,
// the refresh token, under the service "pli" and the key "<client>|<server url>|<username>"
// (client "desktop" or "cli": each program has its own sign-in). Each call returns a
// CredentialJob that is already started and reports through its signals, never synchronously;
// the job deletes itself after `finished`. There is no plain-text fallback: where no keychain
// answers, Pli simply cannot remember a sign-in (Error::Code::KeychainUnavailable).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    // Windows Credential Manager refuses secrets over 2,560 bytes; a refresh token is far
    // smaller, so anything near the cap is a mistake and is refused on every platform alike.
    static constexpr qsizetype MaxSecretBytes = 2000;

    explicit CredentialStore(QObject *parent = nullptr);

    // "pli": the keychain's name for the application the entries belong to.
    static QString service();
    // The key of one program's refresh token for an account; `server` should already be
    // normalized (see Account). The client comes first, so that no username can make one
    // program's key another's.
    static QString keyFor(const QUrl &server, const QString &username, ClientKind client);
    // The key both programs shared before each had its own sign-in: "<server url>|<username>".
    // Nothing is stored under it any more; loadClientToken() takes over what is left there.
    static QString sharedKeyFor(const QUrl &server, const QString &username);

    // Stores `secret` (at most MaxSecretBytes in UTF-8) under `key`, replacing any previous one.
    CredentialJob *save(const QString &key, const QString &secret);
    // Reads the secret under `key`: found() false and an empty secret() when there is none.
    CredentialJob *load(const QString &key);
    // Deletes the entry under `key`; succeeds also when there was none.
    CredentialJob *remove(const QString &key);
    // Reads one program's refresh token for an account. The first time a program finds no
    // entry of its own, it takes over the shared entry of earlier versions (see
    // ClientTokenLoadJob), so that an update does not sign anyone out.
    ClientTokenLoadJob *loadClientToken(const QUrl &server, const QString &username,
                                        ClientKind client);
    // Succeeds when a keychain answers (a harmless read), fails with KeychainUnavailable
    // otherwise, so that the sign-in window can say "Pli cannot remember your sign-in on this
    // computer" before the person ticks "Stay signed in".
    CredentialJob *isAvailable();

private:
    static CredentialJob *run(CredentialJob *job);
};

} // namespace pli
