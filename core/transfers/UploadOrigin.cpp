#include "transfers/UploadOrigin.h"

#include "net/ApiClient.h"
#include "net/LoopbackName.h"

#include <QMetaObject>

namespace pli {

namespace {

int defaultPort(const QString &scheme)
{
    return scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
}

} // namespace

bool UploadOrigin::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return a.isValid() && b.isValid() && !a.host().isEmpty() && scheme == b.scheme().toLower() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

Error UploadOrigin::checkUploadUrl(const QUrl &url, const QUrl &endpoint)
{
    if (sameOrigin(url, endpoint))
        return {};
    const QString where = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                       QUrl::RemoveUserInfo)
                              .toDisplayString();
    //: %1 is an address such as http://example.org:8080; %2 the account's server
    return Error(Error::Code::InsecureConnection,
                 tr("The upload was to continue at %1, not on %2: it was stopped so that your "
                    "session is not sent there.")
                     .arg(where, endpoint.host()));
}

void UploadOrigin::verify(const QUrl &endpoint, const QUrl &uploadUrl, QObject *context,
                          std::function<void(const Error &)> done)
{
    Error error = ApiClient::checkServerUrl(endpoint.adjusted(QUrl::RemoveQuery));
    if (!error && !uploadUrl.isEmpty())
        error = checkUploadUrl(uploadUrl, endpoint);
    if (!error && endpoint.scheme().toLower() == u"http" &&
        LoopbackName::needsLookup(endpoint.host())) {
        const QString host = endpoint.host();
        LoopbackName::check(host, context, [host, done = std::move(done)](bool loopback) {
            done(loopback
                     ? Error()
                     : Error(Error::Code::InsecureConnection,
                             QStringLiteral("%1 does not resolve to this computer").arg(host)));
        });
        return;
    }
    QMetaObject::invokeMethod(
        context, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
}

} // namespace pli
