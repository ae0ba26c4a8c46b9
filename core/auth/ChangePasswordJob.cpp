#include "ChangePasswordJob.h"

#include <QJsonObject>

namespace pli {

ChangePasswordJob::ChangePasswordJob(ApiClient *api, const QJsonObject &body, bool authenticated,
                                     QObject *parent)
    : SignInStepJob(api, QStringLiteral("/auth/password"), parent)
{
    setBody(body);
    setAuthenticated(authenticated);
}

ChangePasswordJob *ChangePasswordJob::withChallenge(ApiClient *api, const QString &challenge,
                                                    const QString &newPassword, QObject *parent)
{
    return new ChangePasswordJob(api,
                                 QJsonObject{{QStringLiteral("challenge"), challenge},
                                             {QStringLiteral("new_password"), newPassword}},
                                 false, parent);
}

ChangePasswordJob *ChangePasswordJob::signedIn(ApiClient *api, const QString &currentPassword,
                                               const QString &newPassword, QObject *parent)
{
    return new ChangePasswordJob(api,
                                 QJsonObject{{QStringLiteral("current_password"), currentPassword},
                                             {QStringLiteral("new_password"), newPassword}},
                                 true, parent);
}

Error ChangePasswordJob::parseResponse(const QJsonDocument &json)
{
    if (isAuthenticated())
        return {}; // signed in: 204, nothing to decode
    return SignInStepJob::parseResponse(json);
}

} // namespace pli
