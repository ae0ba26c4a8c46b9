#include "GetConversationJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

GetConversationJob::GetConversationJob(ApiClient *api, const QString &conversationId,
                                       QObject *parent)
    : JsonJob(api, Method::Get,
              QStringLiteral("/conversations/") + ApiClient::pathSegment(conversationId), parent)
{}

Error GetConversationJob::parseResponse(const QJsonDocument &json)
{
    return decodeConversationDetails(valueOf(json), m_details);
}

} // namespace pli
