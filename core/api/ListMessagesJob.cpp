#include "ListMessagesJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

ListMessagesJob::ListMessagesJob(ApiClient *api, const QString &conversationId, int limit,
                                 const QString &beforeId, QObject *parent)
    : JsonJob(api, Method::Get,
              QStringLiteral("/conversations/") + ApiClient::pathSegment(conversationId) +
                  QStringLiteral("/messages"),
              parent)
{
    QueryItems items{{QStringLiteral("limit"), QString::number(limit)}};
    if (!beforeId.isEmpty())
        items.append({QStringLiteral("before"), beforeId});
    setQuery(items);
}

Error ListMessagesJob::parseResponse(const QJsonDocument &json)
{
    return decodeMessagePage(valueOf(json), m_page);
}

} // namespace pli
