#include "ListContactsJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

ListContactsJob::ListContactsJob(ApiClient *api, QObject *parent)
    : JsonJob(api, Method::Get, QStringLiteral("/contacts"), parent)
{}

Error ListContactsJob::parseResponse(const QJsonDocument &json)
{
    return decodeContacts(valueOf(json), m_contacts);
}

} // namespace pli
