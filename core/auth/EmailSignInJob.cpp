#include "EmailSignInJob.h"

#include <QJsonObject>

namespace pli {

EmailSignInJob::EmailSignInJob(ApiClient *api, const QString &username, const QString &deviceName,
                               QObject *parent)
    : SignInStepJob(api, QStringLiteral("/auth/email-sign-in"), parent)
{
    QJsonObject body{{QStringLiteral("username"), username}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    setBody(body);
}

} // namespace pli
