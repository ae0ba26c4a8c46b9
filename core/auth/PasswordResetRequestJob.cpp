#include "PasswordResetRequestJob.h"

#include <QJsonObject>

namespace pli {

PasswordResetRequestJob::PasswordResetRequestJob(ApiClient *api, const QString &username,
                                                 QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/password-reset"), parent)
{
    setBody(QJsonObject{{QStringLiteral("username"), username}});
    setAuthenticated(false);
}

} // namespace pli
