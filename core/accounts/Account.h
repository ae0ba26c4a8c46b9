#pragma once

#include "keychain/ClientKind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace pli {

// One account this computer has signed in to: which server, who, how to show it, which
// certificate authority it trusts its server by, and whether its sign-in is restored at start.
// Holds no secret; the refresh token of an account with staySignedIn lives in the keychain under
// credentialKey() of the program that keeps it.
struct Account
{
    QUrl server; // normalized (see normalizedServer)
    QString username;
    QString displayName; // from GET /me; may be empty
    bool staySignedIn = false;
    QDateTime lastUsed; // UTC; invalid when never used
    // The certificate authorities (PEM) this account trusts its server by instead of the
    // system's (ApiClient::setTrustedCertificates); empty: the system's. Public, not a secret.
    QByteArray trustedCertificates;

    // What names the account in this run (workspace tabs, transfer lists, pending uploads):
    // "<server url>|<username>".
    QString key() const;
    static QString keyOf(const QUrl &server, const QString &username);
    // The CredentialStore key of this account's refresh token in one program.
    QString credentialKey(ClientKind client) const;
    // Whether this is the same account as (server, username) once the server is normalized.
    bool isAccount(const QUrl &otherServer, const QString &otherUsername) const;
    // A server address in one spelling, so that "https://Example.org:443/" and
    // "https://example.org" are one account: lower-case host, no default port, no trailing
    // slash, no user, query or fragment.
    static QUrl normalizedServer(const QUrl &server);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace pli

Q_DECLARE_METATYPE(pli::Account)
