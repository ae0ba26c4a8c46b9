#include "UnlockAccountJob.h"

#include <QJsonObject>

namespace pli {

UnlockAccountJob::UnlockAccountJob(ApiClient *api, const QString &token, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/unlock"), parent)
{
    setBody(QJsonObject{{QStringLiteral("token"), token}});
    setAuthenticated(false);
}

} // namespace pli
