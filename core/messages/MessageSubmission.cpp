#include "messages/MessageSubmission.h"

#include "api/PostMessageJob.h"
#include "messages/AttachmentUploader.h"
#include "net/ApiClient.h"
#include "transfers/TransferLog.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace pli {

MessageSubmission::MessageSubmission(ApiClient *api, AttachmentUploader *uploader,
                                     OutgoingMessage message, QObject *parent)
    : Job(parent)
    , m_api(api)
    , m_uploader(uploader)
    , m_outgoing(std::move(message))
{
    for (const QString &path : std::as_const(m_outgoing.files)) {
        const bool named = std::any_of(m_files.cbegin(), m_files.cend(),
                                       [&](const File &file) { return file.path == path; });
        if (!named)
            m_files.append(File{path, QFileInfo(path).size(), 0, {}});
    }
}

MessageSubmission::~MessageSubmission()
{
    detach();
}

qint64 MessageSubmission::totalBytes() const
{
    qint64 total = 0;
    for (const File &file : m_files)
        total += file.size;
    return total;
}

void MessageSubmission::doStart()
{
    if (!m_api || !m_uploader) {
        failLater(Error(Error::Code::InvalidInput, QStringLiteral("no account to send with")));
        return;
    }
    QStringList paths;
    for (const File &file : std::as_const(m_files))
        paths.append(file.path);
    // Checked again here: a file may have changed since it was chosen.
    if (const Error error = TusUpload::checkAttachments(paths)) {
        failLater(error);
        return;
    }
    if (m_files.isEmpty()) {
        post();
        return;
    }
    connect(m_uploader, &AttachmentUploader::progressed, this,
            [this](const QString &path, qint64 sent) { onUploadProgressed(path, sent); });
    connect(m_uploader, &AttachmentUploader::finished, this, &MessageSubmission::onUploadFinished);
    for (const File &file : std::as_const(m_files))
        m_uploader->start(requestFor(file));
    reportProgress();
}

UploadRequest MessageSubmission::requestFor(const File &file) const
{
    UploadRequest request;
    request.endpoint = m_api->endpoint(QStringLiteral("/uploads"));
    request.filePath = file.path;
    request.fileName = QFileInfo(file.path).fileName();
    request.contentType = QMimeDatabase().mimeTypeForFile(file.path).name();
    request.otherAttachmentsBytes = totalBytes() - file.size;
    return request;
}

void MessageSubmission::onUploadProgressed(const QString &path, qint64 sent)
{
    for (File &file : m_files) {
        if (file.path == path && file.uploadId.isEmpty()) {
            file.sent = sent;
            reportProgress();
            return;
        }
    }
}

void MessageSubmission::reportProgress()
{
    qint64 sent = 0;
    for (const File &file : std::as_const(m_files))
        sent += file.uploadId.isEmpty() ? file.sent : file.size;
    Q_EMIT progress(sent, totalBytes());
}

void MessageSubmission::onUploadFinished(const QString &path, const QString &uploadId,
                                         const Error &error)
{
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const File &file) {
        return file.path == path && file.uploadId.isEmpty();
    });
    if (it == m_files.end() || !isRunning())
        return;
    if (error || uploadId.isEmpty()) {
        m_failedFile = path;
        fail(error ? error : Error(Error::Code::MalformedResponse, QStringLiteral("no upload")));
        return;
    }
    it->uploadId = uploadId;
    reportProgress();
    const bool all = std::all_of(m_files.cbegin(), m_files.cend(),
                                 [](const File &file) { return !file.uploadId.isEmpty(); });
    if (all)
        post();
}

void MessageSubmission::post()
{
    QStringList uploadIds;
    for (const File &file : std::as_const(m_files))
        uploadIds.append(file.uploadId);
    Q_EMIT posting();
    PostMessageJob *job = m_api->postMessage(m_outgoing.conversationId, m_outgoing.body, uploadIds);
    m_post = job;
    connect(job, &Job::finished, this, [this, job] { onPosted(job); });
}

void MessageSubmission::onPosted(PostMessageJob *job)
{
    if (job != m_post || !isRunning())
        return;
    m_post = nullptr;
    if (job->isSuccess()) {
        m_message = job->message();
        detach();
        finishSuccess();
        return;
    }
    if (!uploadAgain(job->error()))
        fail(job->error());
}

bool MessageSubmission::uploadAgain(const Error &error)
{
    const QString forgotten = error.problem().value(QStringLiteral("upload_id")).toString();
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const File &file) {
        return !forgotten.isEmpty() && file.uploadId == forgotten;
    });
    if (error.httpStatus() != 404 || it == m_files.end() || m_uploadedAgain)
        return false;
    // A finished upload is kept a day for its message; the file is still here: send it again.
    qCInfo(lcTransfer) << "the server no longer has upload" << forgotten << "; sending it again";
    m_uploadedAgain = true;
    it->uploadId.clear();
    it->sent = 0;
    m_uploader->forget(it->path);
    m_uploader->start(requestFor(*it));
    reportProgress();
    return true;
}

void MessageSubmission::fail(const Error &error)
{
    detach();
    finishWithError(error);
}

void MessageSubmission::detach()
{
    if (m_uploader)
        disconnect(m_uploader, nullptr, this, nullptr);
    if (PostMessageJob *job = m_post.data()) {
        m_post = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

void MessageSubmission::doCancel()
{
    const bool uploading = m_uploader && !m_post;
    detach();
    if (!uploading)
        return;
    for (const File &file : std::as_const(m_files)) {
        if (file.uploadId.isEmpty())
            m_uploader->stop(file.path);
    }
}

} // namespace pli
