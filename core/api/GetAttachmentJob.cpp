#include "GetAttachmentJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

GetAttachmentJob::GetAttachmentJob(ApiClient *api, const QString &attachmentId, QObject *parent)
    : JsonJob(api, Method::Get,
              QStringLiteral("/attachments/") + ApiClient::pathSegment(attachmentId), parent)
{}

Error GetAttachmentJob::parseResponse(const QJsonDocument &json)
{
    return decodeAttachment(valueOf(json), m_attachment);
}

} // namespace pli
