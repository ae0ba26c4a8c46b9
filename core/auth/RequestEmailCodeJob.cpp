#include "RequestEmailCodeJob.h"

#include <QJsonObject>

namespace pli {

RequestEmailCodeJob::RequestEmailCodeJob(ApiClient *api, const QString &challenge, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/email-code"), parent)
{
    setBody(QJsonObject{{QStringLiteral("challenge"), challenge}});
    setAuthenticated(false);
}

} // namespace pli
