#include "DeleteConversationsJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

DeleteConversationsJob::DeleteConversationsJob(ApiClient *api, const QString &personaId,
                                               const QStringList &conversationIds, QObject *parent)
    : JsonJob(api, Method::Post,
              QStringLiteral("/personas/") + ApiClient::pathSegment(personaId) +
                  QStringLiteral("/conversations/delete"),
              parent)
{
    setBody(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(conversationIds)}});
}

} // namespace pli
