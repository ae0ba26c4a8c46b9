#include "DeleteContactJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

DeleteContactJob::DeleteContactJob(ApiClient *api, const QString &contactId, QObject *parent)
    : JsonJob(api, Method::Delete, QStringLiteral("/contacts/") + ApiClient::pathSegment(contactId),
              parent)
{}

} // namespace pli
