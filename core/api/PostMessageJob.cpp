#include "PostMessageJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

PostMessageJob::PostMessageJob(ApiClient *api, const QString &conversationId, const QString &body,
                               const QStringList &uploadIds, QObject *parent)
    : JsonJob(api, Method::Post,
              QStringLiteral("/conversations/") + ApiClient::pathSegment(conversationId) +
                  QStringLiteral("/messages"),
              parent)
{
    setBody(QJsonObject{{QStringLiteral("body"), body},
                        {QStringLiteral("attachments"), QJsonArray::fromStringList(uploadIds)}});
}

Error PostMessageJob::parseResponse(const QJsonDocument &json)
{
    return decodeMessage(valueOf(json), m_message);
}

} // namespace pli
