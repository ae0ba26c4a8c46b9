#include "messages/AttachmentUploader.h"

namespace pli {

AttachmentUploader::~AttachmentUploader() = default;

void AttachmentUploader::release(const QString &filePath, bool forgetUpload)
{
    if (forgetUpload)
        m_files.remove(filePath);
    else if (const auto it = m_files.find(filePath); it != m_files.end())
        it->awaited = false;
}

void AttachmentUploader::report(const QString &filePath, const QString &uploadId,
                                const Error &error)
{
    File &file = m_files[filePath];
    if (!uploadId.isEmpty())
        file.uploadId = uploadId;
    if (!std::exchange(file.awaited, false))
        return;
    Q_EMIT finished(filePath, error ? QString() : file.uploadId, error);
}

void AttachmentUploader::reportLater(const QString &filePath, const QString &uploadId,
                                     const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, filePath, uploadId, error] { report(filePath, uploadId, error); },
        Qt::QueuedConnection);
}

} // namespace pli
