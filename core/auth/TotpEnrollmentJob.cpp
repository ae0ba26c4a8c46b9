#include "TotpEnrollmentJob.h"

#include <QJsonObject>

namespace pli {

TotpEnrollmentJob::TotpEnrollmentJob(ApiClient *api, const QString &challenge, const QString &code,
                                     const QString &deviceName, QObject *parent)
    : SignInStepJob(api, QStringLiteral("/auth/totp-enrollment"), parent)
{
    setBody(QJsonObject{{QStringLiteral("challenge"), challenge},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("device_name"), deviceName}});
}

} // namespace pli
