#include "transfers/TusUpload.h"

#include "net/ServerTrust.h"
#include "transfers/StreamedFileRequest.h"
#include "transfers/TransferHeaders.h"
#include "transfers/TransferLog.h"
#include "transfers/UploadOrigin.h"

#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pli {

namespace {

const QByteArray kTusVersion = "1.0.0";

qint64 headerNumber(const QByteArray &header)
{
    bool ok = false;
    const qint64 value = header.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

Error tooLarge(const QString &detail)
{
    return Error(Error::Code::TooLarge, detail);
}

QString gib(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

TusUpload::TusUpload(QNetworkAccessManager *network, RequestAuthorizer authorize,
                     UploadRequest request, UploadOptions options, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_authorize(std::move(authorize))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_uploadUrl(m_request.uploadUrl)
    , m_progress(m_options.progressIntervalMs,
                 [this] { return std::pair(m_offset + m_inFlight, m_size); })
{
    m_options.chunkSize =
        qBound<qint64>(qint64(64 * 1024), m_options.chunkSize, qint64(64 * 1024 * 1024));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { send(m_uploadUrl.isEmpty() ? Step::Options : Step::Head); });
    connect(&m_progress, &TransferProgress::progressed, this,
            [this](qint64 done, qint64 total, double speed, int eta) {
                Q_EMIT progressed(done, total, speed, eta);
                Q_EMIT progress(done, total);
            });
    connect(&m_checksum, &ChunkChecksum::ready, this, &TusUpload::onChecksum, Qt::QueuedConnection);
}

TusUpload::~TusUpload()
{
    dropRequests();
}

void TusUpload::dropRequests()
{
    m_awaitingDigest = false; // a checksum that arrives now is kept for later, not sent
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (StreamedFileRequest *patch = m_patch.data()) {
        m_patch.clear();
        patch->disconnect(this);
        patch->abort();
        patch->deleteLater();
    }
}

Error TusUpload::checkAttachments(const QStringList &filePaths)
{
    qint64 total = 0;
    for (const QString &path : filePaths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return Error(Error::Code::FileError, tr("Cannot read %1.").arg(path));
        if (info.size() > maxFileSize)
            return tooLarge(tr("%1 is %2; an attachment may be at most %3.")
                                .arg(info.fileName(), gib(info.size()), gib(maxFileSize)));
        total += info.size();
    }
    if (total > maxFileSize)
        return tooLarge(tr("The attachments total %1; a message may carry at most %2.")
                            .arg(gib(total), gib(maxFileSize)));
    return {};
}

QString TusUpload::uploadId() const
{
    return m_uploadUrl.path().section(QLatin1Char('/'), -1);
}

void TusUpload::doStart()
{
    m_file.setFileName(m_request.filePath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        failLater(Error(Error::Code::FileError,
                        tr("Cannot read %1: %2").arg(m_request.filePath, m_file.errorString())));
        return;
    }
    m_size = m_file.size();
    // Both limits are checked before the first request: nothing is sent for a file the server
    // would refuse.
    if (m_size > maxFileSize) {
        failLater(tooLarge(tr("%1 is %2; an attachment may be at most %3.")
                               .arg(QFileInfo(m_file).fileName(), gib(m_size), gib(maxFileSize))));
        return;
    }
    if (m_size + m_request.otherAttachmentsBytes > maxFileSize) {
        failLater(
            tooLarge(tr("The attachments total %1; a message may carry at most %2.")
                         .arg(gib(m_size + m_request.otherAttachmentsBytes), gib(maxFileSize))));
        return;
    }
    m_progress.start();
    // The bearer token goes only to the account's origin, over https unless to this computer.
    UploadOrigin::verify(m_request.endpoint, m_uploadUrl, this, [this](const Error &error) {
        if (isFinished())
            return;
        if (error)
            return fail(error);
        m_originVerified = true;
        send(m_uploadUrl.isEmpty() ? Step::Options : Step::Head);
    });
}

QNetworkRequest TusUpload::makeRequest(const QUrl &url)
{
    m_sentGeneration = m_renewal.generation();
    QNetworkRequest request(url);
    request.setRawHeader("Tus-Resumable", kTusVersion);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    // A redirect could take the token elsewhere: 3xx answers are errors here.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_authorize)
        m_authorize(request);
    return request;
}

void TusUpload::send(Step step)
{
    if (isFinished() || m_paused || !m_originVerified)
        return;
    m_tlsError = {};
    QNetworkReply *reply = nullptr;
    switch (step) {
    case Step::Options:
        reply = m_network->sendCustomRequest(makeRequest(m_request.endpoint), "OPTIONS");
        break;
    case Step::Create: {
        QNetworkRequest request = makeRequest(m_request.endpoint);
        const QString name =
            m_request.fileName.isEmpty() ? QFileInfo(m_file).fileName() : m_request.fileName;
        const QString type = m_request.contentType.isEmpty()
                                 ? QStringLiteral("application/octet-stream")
                                 : m_request.contentType;
        request.setRawHeader("Upload-Length", QByteArray::number(m_size));
        request.setRawHeader("Upload-Metadata", "filename " + name.toUtf8().toBase64() +
                                                    ",content_type " + type.toUtf8().toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/offset+octet-stream"));
        reply = m_network->post(request, QByteArray());
        break;
    }
    case Step::Head: {
        QNetworkRequest request = makeRequest(m_uploadUrl);
        request.setRawHeader("Cache-Control", "no-store");
        reply = m_network->head(request);
        break;
    }
    case Step::Patch:
        sendPatch();
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { onReply(reply, step); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        m_tlsError = ServerTrust::failure(reply, errors);
    });
}

void TusUpload::sendPatch()
{
    if (m_offset >= m_size) {
        m_progress.report();
        m_progress.stop();
        qCInfo(lcTransfer) << "uploaded" << m_size << "bytes as" << uploadId();
        finishSuccess();
        return;
    }
    m_chunkLength = qMin(m_options.chunkSize, m_size - m_offset);
    // The checksum goes in a header, so the chunk is hashed before it is sent: on a worker
    // thread, usually while the previous chunk was on the wire.
    if (m_digestOffset == m_offset && m_digestLength == m_chunkLength) {
        sendPatchWith(m_digest);
        return;
    }
    m_awaitingDigest = true;
    m_checksum.compute(m_request.filePath, m_offset, m_chunkLength);
}

void TusUpload::onChecksum(qint64 offset, qint64 length, const QByteArray &digest)
{
    if (isFinished())
        return;
    if (digest.isEmpty()) {
        fail(Error(Error::Code::FileError, tr("%1 changed or became unreadable during the upload.")
                                               .arg(QFileInfo(m_file).fileName())));
        return;
    }
    m_digestOffset = offset;
    m_digestLength = length;
    m_digest = digest;
    if (m_awaitingDigest && offset == m_offset && length == m_chunkLength) {
        m_awaitingDigest = false;
        sendPatchWith(digest);
    }
}

void TusUpload::sendPatchWith(const QByteArray &digest)
{
    QNetworkRequest request = makeRequest(m_uploadUrl);
    request.setRawHeader("Content-Type", "application/offset+octet-stream");
    request.setRawHeader("Upload-Offset", QByteArray::number(m_offset));
    m_checksum.addHeader(request, digest);
    m_inFlight = 0;
    auto *patch = new StreamedFileRequest(request, "PATCH", m_request.filePath, m_offset,
                                          m_chunkLength, this);
    m_patch = patch;
    connect(patch, &StreamedFileRequest::uploadProgress, this,
            [this](qint64 sent, qint64) { m_inFlight = sent; });
    connect(patch, &StreamedFileRequest::finished, this, [this, patch] {
        patch->deleteLater();
        if (patch != m_patch || isFinished())
            return;
        m_patch.clear();
        Answer answer;
        answer.status = patch->status();
        answer.timedOut = patch->failure() == StreamedFileRequest::Failure::Timeout;
        answer.errorString = patch->errorString();
        answer.header = [patch](const QByteArray &name) { return patch->rawHeader(name); };
        answer.body = patch->body();
        answer.tlsError = patch->tlsError();
        onAnswer(answer, Step::Patch);
    });
    patch->start();
    // Hash the next chunk while this one is sent.
    const qint64 next = m_offset + m_chunkLength;
    if (next < m_size)
        m_checksum.compute(m_request.filePath, next, qMin(m_options.chunkSize, m_size - next));
}

void TusUpload::onReply(QNetworkReply *reply, Step step)
{
    reply->deleteLater();
    if (reply != m_reply || isFinished())
        return;
    m_reply.clear();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                      reply->error() == QNetworkReply::TimeoutError;
    answer.errorString = reply->errorString();
    answer.header = [reply](const QByteArray &name) { return reply->rawHeader(name); };
    answer.body = reply->readAll();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        answer.tlsError = std::exchange(m_tlsError, {});
    onAnswer(answer, step);
}

void TusUpload::onAnswer(const Answer &answer, Step step)
{
    const int status = answer.status;
    if (status == 0 && answer.tlsError) {
        // A certificate the account does not trust will not become trusted by asking again.
        fail(answer.tlsError);
        return;
    }
    if (status == 0) {
        retryLater(Error(answer.timedOut ? Error::Code::Timeout : Error::Code::Network,
                         answer.errorString),
                   -1);
        return;
    }
    if (status == 401 && m_renewal.hasClient()) {
        // The access token expired mid-upload: renew it and replay the same request.
        qCInfo(lcTransfer) << "upload" << uploadId() << "met a 401; renewing the session";
        const Error unauthorized = Error::fromHttp(status, answer.body);
        m_renewal.unauthorized(m_sentGeneration, unauthorized, this,
                               [this, step, unauthorized](const Error &error) {
                                   if (isFinished())
                                       return;
                                   if (error)
                                       fail(unauthorized);
                                   else
                                       send(step);
                               });
        return;
    }
    if (status < 400)
        m_renewal.proven();
    const QByteArray retryAfter = answer.header("Retry-After");
    if (status == 408 || status == 429 || status >= 500) {
        retryLater(Error::fromHttp(status, answer.body, retryAfter),
                   TransferHeaders::retryAfterSeconds(retryAfter));
        return;
    }
    if (status == 413) {
        fail(Error::fromHttp(status, answer.body)
                 .setDetail(tr("The server refuses a file of this size.")));
        return;
    }
    if ((status == 404 || status == 410) && step != Step::Options && step != Step::Create &&
        !m_recreated) {
        // The upload expired or was removed on the server: start it again, once.
        qCInfo(lcTransfer) << "upload" << uploadId() << "is gone on the server; creating it again";
        m_recreated = true;
        m_uploadUrl.clear();
        m_offset = 0;
        send(Step::Options);
        return;
    }
    if (step == Step::Patch && (status == 409 || status == 460)) {
        // 409: our offset is not the server's; 460: the chunk arrived damaged. Ask where the
        // server stands and go on from there (counts as a failed attempt).
        retryLater(Error::fromHttp(status, answer.body), 0);
        return;
    }
    if (status >= 400) {
        fail(Error::fromHttp(status, answer.body, retryAfter));
        return;
    }
    if (status >= 300) {
        fail(Error(Error::Code::MalformedResponse,
                   tr("The server redirected the upload to %1.")
                       .arg(QString::fromLatin1(answer.header("Location")))));
        return;
    }
    switch (step) {
    case Step::Options:
        onOptions(answer);
        return;
    case Step::Create:
        onCreated(answer);
        return;
    case Step::Head:
        onHead(answer);
        return;
    case Step::Patch:
        onPatched(answer);
        return;
    }
}

void TusUpload::onOptions(const Answer &answer)
{
    const QList<QByteArray> versions = answer.header("Tus-Version").split(',');
    bool speaksTus = false;
    for (const QByteArray &version : versions)
        speaksTus = speaksTus || version.trimmed() == kTusVersion;
    if (!speaksTus) {
        fail(Error(Error::Code::MalformedResponse,
                   tr("The server does not accept resumable uploads (tus 1.0.0).")));
        return;
    }
    if (m_checksum.useExtensions(answer.header("Tus-Extension")))
        m_digestOffset = -1; // a digest of the other kind
    const qint64 maxSize = headerNumber(answer.header("Tus-Max-Size"));
    if (maxSize >= 0 && m_size > maxSize) {
        fail(tooLarge(tr("%1 is %2; this server accepts at most %3.")
                          .arg(QFileInfo(m_file).fileName(), gib(m_size), gib(maxSize))));
        return;
    }
    send(Step::Create);
}

void TusUpload::onCreated(const Answer &answer)
{
    const QByteArray location = answer.header("Location");
    if (location.isEmpty()) {
        fail(Error(Error::Code::MalformedResponse, tr("The server created no upload.")));
        return;
    }
    const QUrl url = m_request.endpoint.resolved(QUrl::fromEncoded(location));
    if (const Error error = UploadOrigin::checkUploadUrl(url, m_request.endpoint))
        return fail(error);
    m_uploadUrl = url;
    m_offset = qMax<qint64>(0, headerNumber(answer.header("Upload-Offset")));
    m_attempts = 0;
    qCInfo(lcTransfer) << "created upload" << uploadId() << "of" << m_size << "bytes";
    Q_EMIT uploadUrlChanged(m_uploadUrl);
    sendPatch();
}

void TusUpload::onHead(const Answer &answer)
{
    const qint64 offset = headerNumber(answer.header("Upload-Offset"));
    const qint64 length = headerNumber(answer.header("Upload-Length"));
    if (offset < 0 || offset > m_size || (length >= 0 && length != m_size)) {
        fail(Error(
            Error::Code::Conflict,
            tr("The upload on the server does not match %1.").arg(QFileInfo(m_file).fileName())));
        return;
    }
    qCInfo(lcTransfer) << "upload" << uploadId() << "continues at" << offset << "of" << m_size;
    if (m_checksum.useExtensions(answer.header("Tus-Extension")))
        m_digestOffset = -1;
    m_offset = offset;
    sendPatch();
}

void TusUpload::onPatched(const Answer &answer)
{
    const qint64 offset = headerNumber(answer.header("Upload-Offset"));
    if (offset <= m_offset || offset > m_offset + m_chunkLength) {
        retryLater(Error(Error::Code::MalformedResponse,
                         QStringLiteral("PATCH answered Upload-Offset %1").arg(offset)),
                   0);
        return;
    }
    m_sent += offset - m_offset;
    m_offset = offset;
    m_inFlight = 0;
    m_attempts = 0;
    sendPatch();
}

void TusUpload::retryLater(const Error &error, int retryAfterSeconds)
{
    // The chunk is hashed again from the file: it may be what changed (460 on a damaged chunk).
    m_digestOffset = -1;
    if (++m_attempts > m_options.retry.maxAttempts) {
        fail(error);
        return;
    }
    m_inFlight = 0;
    const int delay = retryAfterSeconds == 0 && m_attempts == 1
                          ? 0
                          : m_options.retry.delayMs(m_attempts, retryAfterSeconds);
    qCInfo(lcTransfer) << "upload step failed:" << error.codeName() << error.detail()
                       << "- asking the server where it stands in" << delay << "ms";
    m_retryTimer.start(delay);
}

void TusUpload::pause()
{
    if (m_paused || !isRunning())
        return;
    m_paused = true;
    m_retryTimer.stop();
    dropRequests();
    m_inFlight = 0;
    m_progress.stop();
    m_progress.report();
    Q_EMIT pausedChanged(true);
}

void TusUpload::resume()
{
    if (!m_paused || !isRunning())
        return;
    m_paused = false;
    m_attempts = 0;
    m_progress.resetRate();
    m_progress.start();
    Q_EMIT pausedChanged(false);
    send(m_uploadUrl.isEmpty() ? Step::Options : Step::Head);
}

void TusUpload::doCancel()
{
    m_retryTimer.stop();
    m_progress.stop();
    dropRequests();
    if (!m_uploadUrl.isEmpty() && m_originVerified) {
        // Termination: the server frees the partial upload now rather than at expiry. Nobody
        // waits for the answer.
        QNetworkReply *terminate = m_network->deleteResource(makeRequest(m_uploadUrl));
        connect(terminate, &QNetworkReply::finished, terminate, &QObject::deleteLater);
    }
    qCInfo(lcTransfer) << "upload cancelled" << uploadId();
}

void TusUpload::fail(const Error &error)
{
    m_retryTimer.stop();
    m_progress.stop();
    qCWarning(lcTransfer) << "upload of" << QFileInfo(m_file).fileName()
                          << "failed:" << error.codeName() << error.detail();
    finishWithError(error);
}

} // namespace pli
