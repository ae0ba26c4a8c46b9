#include "LogoutJob.h"

#include "net/ApiClient.h"

#include <QJsonObject>

namespace pli {

LogoutJob::LogoutJob(ApiClient *api, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/logout"), parent)
{
    setBody(QJsonObject{{QStringLiteral("refresh_token"), api->refreshToken()}});
}

QNetworkReply *LogoutJob::sendRequest(QNetworkAccessManager *network,
                                      const QNetworkRequest &request)
{
    setBody(QJsonObject{{QStringLiteral("refresh_token"), api()->refreshToken()}});
    return JsonJob::sendRequest(network, request);
}

} // namespace pli
