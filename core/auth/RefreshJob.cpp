#include "RefreshJob.h"

#include "api/JsonReader.h"

#include <QJsonObject>

namespace pli {

RefreshJob::RefreshJob(ApiClient *api, const QString &refreshToken, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/refresh"), parent)
{
    setAuthenticated(false);
    setBody(QJsonObject{{QStringLiteral("refresh_token"), refreshToken}});
}

Error RefreshJob::parseResponse(const QJsonDocument &json)
{
    JsonReader r(valueOf(json));
    m_accessToken = r.string(QLatin1StringView("access_token"), true);
    m_refreshToken = r.string(QLatin1StringView("refresh_token"), true);
    m_expiresIn = int(r.integer(QLatin1StringView("expires_in"), 0, 366 * 24 * 3600));
    if (!r.ok()) {
        m_accessToken.clear();
        m_refreshToken.clear();
    }
    return r.error();
}

} // namespace pli
