#pragma once

#include "Job.h"
#include "net/SessionRenewal.h"
#include "transfers/ChunkChecksum.h"
#include "transfers/RequestAuthorizer.h"
#include "transfers/RetryPolicy.h"
#include "transfers/TransferProgress.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace pli {

class StreamedFileRequest;

struct UploadRequest
{
    QUrl endpoint; // …/api/v1/uploads
    QString filePath;
    QString fileName;    // sent as metadata; the local name when empty
    QString contentType; // application/octet-stream when empty
    // Set to continue an upload created earlier (from uploadUrlChanged, persisted).
    QUrl uploadUrl;
    // Bytes of the other attachments of the same message: the server refuses a message whose
    // attachments total more than 1 GiB, so we refuse before sending any byte.
    qint64 otherAttachmentsBytes = 0;
};

struct UploadOptions
{
    // One PATCH each (the server takes at most 64 MiB per request).
    qint64 chunkSize = 32 * 1024 * 1024;
    int stallTimeoutMs = 30000;
    int progressIntervalMs = 250;
    RetryPolicy retry;
};

// Uploads one file with tus 1.0.0 (creation, checksum, termination): checks the server's
// Tus-Max-Size and the 1 GiB limits first, then PATCHes chunks read from disk, each with an
// Upload-Checksum, or an Upload-Prefix-Digest where the server offers it (ChunkChecksum). After any
// failure (and after a restart, given the persisted upload URL) it asks HEAD where the server
// stands and continues from there. Cancel terminates the upload on the server.
class TusUpload : public Job
{
    Q_OBJECT
public:
    static constexpr qint64 maxFileSize = 1073741824; // per file and per message

    TusUpload(QNetworkAccessManager *network, RequestAuthorizer authorize, UploadRequest request,
              UploadOptions options = {}, QObject *parent = nullptr);
    ~TusUpload() override;

    // Error::Code::TooLarge (naming the file) when one of the files of a message, or all of
    // them together, exceed 1 GiB; FileError when one cannot be read; no error otherwise.
    static Error checkAttachments(const QStringList &filePaths);

    // The account whose session a 401 renews before the request is sent again (SessionRenewal:
    // a second 401 in a row fails, as Unauthorized). Without one, a 401 fails the upload with
    // Unauthorized.
    void renewSessionThrough(ApiClient *api) { m_renewal.setClient(api); }

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    QUrl uploadUrl() const { return m_uploadUrl; }
    QString uploadId() const; // what a message names in "attachments"
    qint64 offset() const { return m_offset; }
    qint64 totalBytes() const { return m_size; }
    qint64 bytesSent() const { return m_sent; } // PATCH body bytes this object sent

Q_SIGNALS:
    void uploadUrlChanged(const QUrl &url); // persist it to resume after a restart
    void progressed(qint64 sent, qint64 total, double bytesPerSecond, int etaSeconds);
    void pausedChanged(bool paused);

protected:
    void doStart() override;
    void doCancel() override;

private:
    enum class Step
    {
        Options,
        Create,
        Head,
        Patch
    };

    // What any request came back with, from QNetworkAccessManager or the streamed PATCH.
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (see timedOut / errorString)
        bool timedOut = false;
        QString errorString;
        Error tlsError; // why the handshake failed, when it did
        std::function<QByteArray(const QByteArray &)> header;
        QByteArray body;
    };

    QNetworkRequest makeRequest(const QUrl &url);
    void send(Step step);
    void onReply(QNetworkReply *reply, Step step);
    void onAnswer(const Answer &answer, Step step);
    void onOptions(const Answer &answer);
    void onCreated(const Answer &answer);
    void onHead(const Answer &answer);
    void onPatched(const Answer &answer);
    void sendPatch();
    void sendPatchWith(const QByteArray &digest);
    void onChecksum(qint64 offset, qint64 length, const QByteArray &digest);
    void dropRequests();
    void retryLater(const Error &error, int retryAfterSeconds);
    void fail(const Error &error);

    QNetworkAccessManager *m_network;
    RequestAuthorizer m_authorize;
    UploadRequest m_request;
    UploadOptions m_options;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    qint64 m_chunkLength = 0;
    qint64 m_inFlight = 0; // bytes of the current PATCH already sent
    qint64 m_sent = 0;
    QUrl m_uploadUrl;
    QPointer<QNetworkReply> m_reply;
    Error m_tlsError; // of m_reply's handshake
    QPointer<StreamedFileRequest> m_patch;
    ChunkChecksum m_checksum;
    bool m_awaitingDigest = false;
    qint64 m_digestOffset = -1; // the last checksum computed, for the chunk at that offset
    qint64 m_digestLength = 0;
    QByteArray m_digest;
    SessionRenewal m_renewal;
    int m_sentGeneration = 0; // of the access token the last request carried
    int m_attempts = 0;
    bool m_paused = false;
    bool m_recreated = false;
    bool m_originVerified = false; // UploadOrigin agreed: requests may go out
    QTimer m_retryTimer;
    TransferProgress m_progress;
};

} // namespace pli
