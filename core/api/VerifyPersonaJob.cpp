#include "VerifyPersonaJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

VerifyPersonaJob::VerifyPersonaJob(ApiClient *api, const QString &personaId, const QString &code,
                                   QObject *parent)
    : JsonJob(api, Method::Post,
              QStringLiteral("/personas/") + ApiClient::pathSegment(personaId) +
                  QStringLiteral("/verify"),
              parent)
{
    setBody(QJsonObject{{QStringLiteral("code"), code}});
}

} // namespace pli
