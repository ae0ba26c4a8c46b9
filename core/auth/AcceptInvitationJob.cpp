#include "AcceptInvitationJob.h"

#include <QJsonObject>

namespace pli {

AcceptInvitationJob::AcceptInvitationJob(ApiClient *api, const QString &token,
                                         const QString &newPassword, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/auth/invitations/accept"), parent)
{
    setBody(QJsonObject{{QStringLiteral("token"), token},
                        {QStringLiteral("new_password"), newPassword}});
    setAuthenticated(false);
}

} // namespace pli
