#include "ListActivityJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

ListActivityJob::ListActivityJob(ApiClient *api, const QString &conversationId, ActivitySort sort,
                                 SortOrder order, QObject *parent)
    : JsonJob(api, Method::Get,
              QStringLiteral("/conversations/") + ApiClient::pathSegment(conversationId) +
                  QStringLiteral("/activity"),
              parent)
{
    static const char *const sorts[] = {"name", "activity", "date"};
    setQuery({{QStringLiteral("sort"), QString::fromLatin1(sorts[int(sort)])},
              {QStringLiteral("order"),
               order == SortOrder::Ascending ? QStringLiteral("asc") : QStringLiteral("desc")}});
}

Error ListActivityJob::parseResponse(const QJsonDocument &json)
{
    return decodeActivity(valueOf(json), m_entries);
}

} // namespace pli
