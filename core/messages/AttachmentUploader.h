#pragma once

#include "Error.h"
#include "transfers/TusUpload.h"

#include <QHash>
#include <QObject>

namespace pli {

// Where a MessageSubmission sends the files of a message: the account's transfer list on the
// desktop (TransferListUploader), TusUpload jobs of its own in pli-cli (QueuedUploader). An
// uploader remembers the upload it made for each file, so that submitting the same draft again
// continues that upload, or names it again once finished, instead of sending the file anew.
class AttachmentUploader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AttachmentUploader() override;

    // Uploads request.filePath, or continues or reuses the upload made for that file. Answered by
    // exactly one finished() for the file, always later (never from within start()), unless
    // stop() or forget() for the file comes first.
    virtual void start(const UploadRequest &request) = 0;
    // Stops uploading `filePath` (when it is under way); no finished() follows for it.
    virtual void stop(const QString &filePath) = 0;
    // Forgets the upload made for `filePath`, which the server no longer has: the next start()
    // sends the file anew.
    virtual void forget(const QString &filePath) = 0;

Q_SIGNALS:
    // Bytes of `filePath` on the server so far (etaSeconds -1 when unknown).
    void progressed(const QString &filePath, qint64 sent, qint64 total, double bytesPerSecond,
                    int etaSeconds);
    // The upload of `filePath` ended: on the server as `uploadId`, or failed with `error`.
    void finished(const QString &filePath, const QString &uploadId, const pli::Error &error);

protected:
    // The bookkeeping every kind shares: which files a caller awaits, and the upload made for
    // each file.
    void await(const QString &filePath) { m_files[filePath].awaited = true; }
    bool isAwaited(const QString &filePath) const { return m_files.value(filePath).awaited; }
    QString uploadIdOf(const QString &filePath) const { return m_files.value(filePath).uploadId; }
    // No finished() for `filePath` until the next await(); with `forgetUpload`, its upload is
    // forgotten as well.
    void release(const QString &filePath, bool forgetUpload);
    // The upload of `filePath` ended: keeps its id (when `uploadId` is not empty) and emits
    // finished() when a caller awaits it.
    void report(const QString &filePath, const QString &uploadId, const Error &error);
    // report() once control is back in the event loop (start() never answers from within):
    // the upload made for the file when `uploadId` is empty and there is no `error`.
    void reportLater(const QString &filePath, const QString &uploadId = {},
                     const Error &error = {});

private:
    struct File
    {
        QString uploadId;
        bool awaited = false;
    };
    QHash<QString, File> m_files; // by path
};

} // namespace pli
