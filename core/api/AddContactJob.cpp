#include "AddContactJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

AddContactJob::AddContactJob(ApiClient *api, const QString &email, const QString &displayName,
                             QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/contacts"), parent)
{
    setBody(QJsonObject{{QStringLiteral("email"), email},
                        {QStringLiteral("display_name"), displayName}});
}

Error AddContactJob::parseResponse(const QJsonDocument &json)
{
    return decodeContact(valueOf(json), m_contact);
}

} // namespace pli
