#pragma once

#include <QObject>
#include <QString>

class QUrl;

namespace pli {

class CredentialJob;

// Pli's one door to the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager through QtKeychain). It keeps one small secret per account, the refresh
// token, under the service "pli" and the key "<server url>|<username>". Each call returns a
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
    // The key for an account; `server` should already be normalized (see Account).
    static QString keyFor(const QUrl &server, const QString &username);

    // Stores `secret` (at most MaxSecretBytes in UTF-8) under `key`, replacing any previous one.
    CredentialJob *save(const QString &key, const QString &secret);
    // Reads the secret under `key`: found() false and an empty secret() when there is none.
    CredentialJob *load(const QString &key);
    // Deletes the entry under `key`; succeeds also when there was none.
    CredentialJob *remove(const QString &key);
    // Succeeds when a keychain answers (a harmless read), fails with KeychainUnavailable
    // otherwise, so that the sign-in window can say "Pli cannot remember your sign-in on this
    // computer" before the person ticks "Stay signed in".
    CredentialJob *isAvailable();

private:
    static CredentialJob *run(CredentialJob *job);
};

} // namespace pli
