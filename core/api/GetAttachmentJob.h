#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /attachments/{id}: an attachment's metadata (name, size, type, SHA-256).
class GetAttachmentJob : public JsonJob
{
    Q_OBJECT
public:
    GetAttachmentJob(ApiClient *api, const QString &attachmentId, QObject *parent = nullptr);
    Attachment attachment() const { return m_attachment; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    Attachment m_attachment;
};

} // namespace pli
