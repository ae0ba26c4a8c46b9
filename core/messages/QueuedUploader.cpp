#include "messages/QueuedUploader.h"

#include "net/ApiClient.h"

namespace pli {

QueuedUploader::QueuedUploader(ApiClient *api, QObject *parent)
    : AttachmentUploader(parent)
    , m_api(api)
{}

QueuedUploader::~QueuedUploader()
{
    // Like an interrupted run: the server keeps what it has, setResumeUrl continues it.
    dropJob();
}

void QueuedUploader::setResumeUrl(const QString &filePath, const QUrl &uploadUrl)
{
    m_requests[filePath].uploadUrl = uploadUrl;
}

void QueuedUploader::start(const UploadRequest &request)
{
    const QString path = request.filePath;
    await(path);
    if (!uploadIdOf(path).isEmpty()) {
        reportLater(path); // already on the server: named again
        return;
    }
    UploadRequest &kept = m_requests[path];
    const QUrl resumeUrl = kept.uploadUrl;
    kept = request;
    kept.uploadUrl = resumeUrl;
    if (m_current != path && !m_queue.contains(path))
        m_queue.append(path);
    startNext();
}

void QueuedUploader::startNext()
{
    if (m_job || m_queue.isEmpty())
        return;
    const QString path = m_queue.takeFirst();
    ApiClient *api = m_api.data();
    if (!api) {
        // Signed out meanwhile: nothing can be sent.
        reportLater(path, {}, Error(Error::Code::Unauthorized));
        startNext();
        return;
    }
    auto *job = new TusUpload(
        api->network(),
        [client = m_api](QNetworkRequest &r) {
            if (client)
                client->authorize(r);
        },
        m_requests.value(path), m_options, this);
    job->renewSessionThrough(api);
    m_job = job;
    m_current = path;
    connect(job, &TusUpload::uploadUrlChanged, this, [this, path](const QUrl &url) {
        m_requests[path].uploadUrl = url;
        Q_EMIT uploadUrlChanged(path, url);
    });
    connect(job, &TusUpload::progressed, this,
            [this, path](qint64 sent, qint64 total, double rate, int eta) {
                Q_EMIT progressed(path, sent, total, rate, eta);
            });
    connect(job, &Job::finished, this, [this, job, path] { onFinished(job, path); });
    job->start();
}

void QueuedUploader::onFinished(TusUpload *job, const QString &filePath)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    m_current.clear();
    // The next file starts before anyone hears of this one: a slot may end the event loop.
    startNext();
    report(filePath, job->isSuccess() ? job->uploadId() : QString(), job->error());
}

void QueuedUploader::dropJob()
{
    if (TusUpload *job = m_job.data()) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->deleteLater(); // not cancel(): that would end the upload on the server
    }
    m_current.clear();
}

void QueuedUploader::stop(const QString &filePath)
{
    release(filePath, false);
    m_queue.removeAll(filePath);
    if (m_current == filePath) {
        dropJob();
        startNext();
    }
}

void QueuedUploader::forget(const QString &filePath)
{
    stop(filePath);
    release(filePath, true);
    m_requests.remove(filePath); // and the URL to continue at: the server no longer has it
}

} // namespace pli
