#include "PasswordResetConfirmJob.h"

#include <QJsonObject>

namespace pli {

PasswordResetConfirmJob::PasswordResetConfirmJob(ApiClient *api, const QString &token,
                                                 const QString &newPassword, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/password-reset/confirm"), parent)
{
    setBody(QJsonObject{{QStringLiteral("token"), token},
                        {QStringLiteral("new_password"), newPassword}});
    setAuthenticated(false);
}

} // namespace pli
