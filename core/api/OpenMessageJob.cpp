#include "OpenMessageJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

OpenMessageJob::OpenMessageJob(ApiClient *api, const QString &messageId, QObject *parent)
    : JsonJob(api, Method::Post,
              QStringLiteral("/messages/") + ApiClient::pathSegment(messageId) +
                  QStringLiteral("/open"),
              parent)
{}

} // namespace pli
