#include "ListConversationsJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

ListConversationsJob::ListConversationsJob(ApiClient *api, const QString &personaId,
                                           const ConversationQuery &query, QObject *parent)
    : JsonJob(api, Method::Get,
              QStringLiteral("/personas/") + ApiClient::pathSegment(personaId) +
                  QStringLiteral("/conversations"),
              parent)
{
    static const char *const sorts[] = {"modified", "title", "owner"};
    QueryItems items{{QStringLiteral("page"), QString::number(query.page)},
                     {QStringLiteral("per_page"), QString::number(query.perPage)},
                     {QStringLiteral("sort"), QString::fromLatin1(sorts[int(query.sort)])},
                     {QStringLiteral("order"), query.order == SortOrder::Ascending
                                                   ? QStringLiteral("asc")
                                                   : QStringLiteral("desc")}};
    if (!query.q.isEmpty())
        items.append({QStringLiteral("q"), query.q});
    setQuery(items);
}

Error ListConversationsJob::parseResponse(const QJsonDocument &json)
{
    return decodeConversationPage(valueOf(json), m_page);
}

} // namespace pli
