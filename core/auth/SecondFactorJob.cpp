#include "SecondFactorJob.h"

#include <QJsonObject>

namespace pli {

SecondFactorJob::SecondFactorJob(ApiClient *api, const QString &challenge, const QString &method,
                                 const QString &code, QObject *parent)
    : SignInStepJob(api, QStringLiteral("/auth/second-factor"), parent)
{
    setBody(QJsonObject{{QStringLiteral("challenge"), challenge},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("code"), code}});
}

} // namespace pli
