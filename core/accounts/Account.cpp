#include "Account.h"

#include "keychain/CredentialStore.h"

namespace pli {

QString Account::key() const
{
    return keyOf(server, username);
}

QString Account::keyOf(const QUrl &server, const QString &username)
{
    return server.toString(QUrl::FullyEncoded) + QLatin1Char('|') + username;
}

QString Account::credentialKey(ClientKind client) const
{
    return CredentialStore::keyFor(server, username, client);
}

bool Account::isAccount(const QUrl &otherServer, const QString &otherUsername) const
{
    return username == otherUsername && server == normalizedServer(otherServer);
}

QUrl Account::normalizedServer(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    url.setHost(url.host().toLower());
    if (url.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        url.setPath(QString());
    const int defaultPort = url.scheme() == QLatin1String("https")  ? 443
                            : url.scheme() == QLatin1String("http") ? 80
                                                                    : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    return url;
}

} // namespace pli
