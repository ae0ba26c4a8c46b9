#pragma once

#include "Job.h"
#include "net/SessionRenewal.h"
#include "transfers/ChunkTable.h"
#include "transfers/DownloadDigest.h"
#include "transfers/DownloadJournal.h"
#include "transfers/PartFile.h"
#include "transfers/PrefixHasher.h"
#include "transfers/RangeFetch.h"
#include "transfers/RequestAuthorizer.h"
#include "transfers/RetryPolicy.h"
#include "transfers/StallWatch.h"
#include "transfers/TransferProgress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace pli {

struct DownloadRequest
{
    QUrl url;
    QString attachmentId;
    QString directory; // where the file goes
    QString fileName;  // as the server named it: untrusted, sanitised before use
    // Raw 32 bytes from the attachment's metadata, if known: a resumed download is checked
    // against it (or the server's Repr-Digest), never against its journal alone.
    QByteArray sha256;
    // Set to continue a download: the final path chosen the first time, whose "<path>.part"
    // and journal are on disk (TransferListModel stores it).
    QString targetPath;
};

struct DownloadOptions
{
    qint64 chunkSize = 8 * 1024 * 1024;
    int connections = 4; // 1..6, the HTTP/1.1 connections Qt opens to one host
    int stallTimeoutMs = 30000;
    // A connection that receives nothing this long while others progress is closed and its
    // range asked again on a new one (see StallWatch).
    int handoverAfterMs = 5000;
    qint64 readBufferBytes = 256 * 1024; // per connection: what Qt may hold unread
    int progressIntervalMs = 250;
    int maxRestarts = 3; // times the file may change on the server during one download
    bool requireDigest = true;
    RetryPolicy retry;
};

// Downloads one resource to a file, fast and safely: byte ranges over several connections into
// "<name>.part" with a resume journal, per-chunk retries, strict checks of every answer, SHA-256
// overlapping the download, and the final name only once the digest matches. Destroying it
// without cancel() keeps the part file and journal, as a killed process would.
class ChunkedDownload : public Job
{
    Q_OBJECT
public:
    ChunkedDownload(QNetworkAccessManager *network, RequestAuthorizer authorize,
                    DownloadRequest request, DownloadOptions options = {},
                    QObject *parent = nullptr);
    ~ChunkedDownload() override;

    void pause();
    void resume();
    bool isPaused() const { return m_phase == Phase::Paused; }

    // The account whose session a 401 renews (SessionRenewal: once, whatever the number of
    // connections that met it, then the chunks are fetched again; a 401 to a request sent with
    // the renewed token before any byte came fails, as Unauthorized). Without one, a 401 fails
    // the download with Unauthorized.
    void renewSessionThrough(ApiClient *api) { m_renewal.setClient(api); }

    QString targetPath() const { return m_file.target(); } // known once started
    QString partPath() const;
    qint64 bytesReceived() const { return m_received; }
    qint64 totalBytes() const { return m_journal.size; }
    // Body bytes written by this object: what a resume had to fetch again.
    qint64 bytesFetched() const { return m_fetched; }
    double bytesPerSecond() const { return m_progress.bytesPerSecond(); }
    // Ranges taken from a stuck connection and asked again on another.
    int handovers() const { return m_handovers; }

Q_SIGNALS:
    void targetChosen(const QString &path);
    // Throttled to options.progressIntervalMs; eta -1 when unknown.
    void progressed(qint64 received, qint64 total, double bytesPerSecond, int etaSeconds);
    void pausedChanged(bool paused);

protected:
    void doStart() override;
    void doCancel() override;

private:
    enum class Phase
    {
        Idle,
        Probing,
        Running,
        Whole,
        Paused,
        Verifying,
        Ended
    };
    using Chunk = ChunkTable::Chunk;

    bool prepareForSize(qint64 size);
    void startProbe();
    void startWhole();
    void startChunk(int index);
    RangeFetch *makeFetch(qint64 begin, qint64 end, RangeFetch::Expectation expect);
    void onHeaders(RangeFetch *fetch);
    void onProbeHeaders(RangeFetch *fetch);
    void handOver(RangeFetch *fetch);
    void onFetchDone(RangeFetch *fetch);
    void onChunkDone(int index, RangeFetch *fetch);
    bool scheduleRetry(int &attempts, qint64 &notBeforeMs, RangeFetch *fetch);
    bool renewSessionFor(RangeFetch *fetch); // true: the fetch is to be replayed
    void pump();
    void restartFromScratch(const QString &why);
    void verify();
    void onDigest(const QByteArray &digest, const QString &error);
    void abortFetches();
    // Keeps the part file (and its journal) when `error` leaves its bytes useful for a retry.
    void fail(const Error &error);
    void fail(const Error &error, bool keepPart);
    void saveJournal();

    QNetworkAccessManager *m_network;
    RequestAuthorizer m_authorize;
    SessionRenewal m_renewal; // each fetch records the token generation it was sent with
    DownloadRequest m_request;
    DownloadOptions m_options;

    Phase m_phase = Phase::Idle;
    Phase m_pausedFrom = Phase::Idle;
    PartFile m_file;
    DownloadJournal m_journal;
    DownloadDigest m_digest;
    bool m_resumed = false; // the part file came from an earlier run
    ChunkTable m_chunks;
    RangeFetch *m_single = nullptr; // the probe, or the one stream when ranges are ignored
    int m_singleAttempts = 0;
    qint64 m_singleNotBeforeMs = 0;
    int m_restarts = 0;
    qint64 m_received = 0;
    qint64 m_fetched = 0;
    PrefixHasher m_hasher;
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
    TransferProgress m_progress;
    StallWatch m_stallWatch;
    int m_handovers = 0;
};

} // namespace pli
