#include "GetMeJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

GetMeJob::GetMeJob(ApiClient *api, QObject *parent)
    : JsonJob(api, Method::Get, QStringLiteral("/me"), parent)
{}

Error GetMeJob::parseResponse(const QJsonDocument &json)
{
    return decodeMe(valueOf(json), m_me);
}

} // namespace pli
