#include "AddPersonaJob.h"

#include "api/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

AddPersonaJob::AddPersonaJob(ApiClient *api, const QString &email, QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/personas"), parent)
{
    setBody(QJsonObject{{QStringLiteral("email"), email}});
}

Error AddPersonaJob::parseResponse(const QJsonDocument &json)
{
    // The answer may name the new persona; an empty answer is acceptable.
    m_personaId.clear();
    if (json.isNull())
        return {};
    JsonReader r(valueOf(json));
    m_personaId = r.optionalString(QLatin1StringView("id"));
    return r.error();
}

} // namespace pli
