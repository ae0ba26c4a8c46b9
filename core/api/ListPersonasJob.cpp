#include "ListPersonasJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

ListPersonasJob::ListPersonasJob(ApiClient *api, QObject *parent)
    : JsonJob(api, Method::Get, QStringLiteral("/personas"), parent)
{}

Error ListPersonasJob::parseResponse(const QJsonDocument &json)
{
    return decodePersonas(valueOf(json), m_personas);
}

} // namespace pli
