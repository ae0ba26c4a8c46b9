#pragma once

#include "messages/AttachmentUploader.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace pli {

class ApiClient;

// Uploads the files one after the other, each with a TusUpload job of its own authorised and
// renewed through the account's client: pli-cli's way, one progress line at a time, continuing
// an upload an interrupted run started (setResumeUrl, uploadUrlChanged) instead of sending the
// file again. stop() keeps what the server already has.
class QueuedUploader : public AttachmentUploader
{
    Q_OBJECT
public:
    explicit QueuedUploader(ApiClient *api, QObject *parent = nullptr);
    ~QueuedUploader() override;

    void setOptions(const UploadOptions &options) { m_options = options; }
    // Continues the upload of `filePath` at `uploadUrl` (started by an earlier run).
    void setResumeUrl(const QString &filePath, const QUrl &uploadUrl);

    void start(const UploadRequest &request) override;
    void stop(const QString &filePath) override;
    void forget(const QString &filePath) override;

Q_SIGNALS:
    // The upload of `filePath` was created on the server: keep `uploadUrl` to continue it later.
    void uploadUrlChanged(const QString &filePath, const QUrl &uploadUrl);

private:
    void startNext();
    void onFinished(TusUpload *job, const QString &filePath);
    void dropJob();

    QPointer<ApiClient> m_api;
    UploadOptions m_options;
    QHash<QString, UploadRequest> m_requests; // by path, with the URL to continue at
    QStringList m_queue;
    QString m_current; // the file being uploaded
    QPointer<TusUpload> m_job;
};

} // namespace pli
