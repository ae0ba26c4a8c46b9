#include "LoginJob.h"

#include <QJsonObject>

namespace pli {

LoginJob::LoginJob(ApiClient *api, const QString &username, const QString &password,
                   const QString &deviceName, QObject *parent)
    : SignInStepJob(api, QStringLiteral("/auth/login"), parent)
{
    QJsonObject body{{QStringLiteral("username"), username},
                     {QStringLiteral("password"), password}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    setBody(body);
}

} // namespace pli
