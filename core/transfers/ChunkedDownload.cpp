#include "transfers/ChunkedDownload.h"

#include "transfers/TransferLog.h"

#include <QFileInfo>

namespace pli {

namespace {

// Which access token a fetch was sent with (SessionRenewal::generation() at its start).
const char *const kSessionProperty = "pliSession";

} // namespace

ChunkedDownload::ChunkedDownload(QNetworkAccessManager *network, RequestAuthorizer authorize,
                                 DownloadRequest request, DownloadOptions options, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_authorize(std::move(authorize))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_progress(m_options.progressIntervalMs,
                 [this] { return std::pair(m_received, m_journal.size); })
    , m_stallWatch(m_options.handoverAfterMs)
{
    m_options.connections = qBound(1, m_options.connections, 6);
    m_options.chunkSize = qMax<qint64>(64 * 1024, m_options.chunkSize);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChunkedDownload::pump);
    connect(&m_progress, &TransferProgress::progressed, this,
            [this](qint64 done, qint64 total, double speed, int eta) {
                Q_EMIT progressed(done, total, speed, eta);
                Q_EMIT progress(done, total);
            });
    connect(&m_hasher, &PrefixHasher::finished, this, &ChunkedDownload::onDigest,
            Qt::QueuedConnection);
    connect(&m_stallWatch, &StallWatch::quiet, this, &ChunkedDownload::handOver);
    m_clock.start();
}

ChunkedDownload::~ChunkedDownload()
{
    // Like a killed process: in-flight requests stop, the part file and journal stay.
    m_phase = Phase::Ended;
    abortFetches();
    m_hasher.stop();
}

QString ChunkedDownload::partPath() const
{
    return m_file.partPath();
}

void ChunkedDownload::doStart()
{
    const QString serverName =
        m_request.fileName.isEmpty() ? m_request.url.fileName() : m_request.fileName;
    if (const Error error =
            m_file.chooseTarget(m_request.targetPath, m_request.directory, serverName)) {
        failLater(error);
        return;
    }
    Q_EMIT targetChosen(m_file.target());

    m_digest.reset(m_request.sha256);
    const auto journal = m_file.journalToResume(m_request.url, m_request.attachmentId, m_digest);
    const bool resumable = journal.has_value();
    if (const Error error = m_file.open(!resumable)) {
        failLater(error);
        return;
    }
    m_hasher.start(partPath());
    m_progress.start();
    if (resumable) {
        m_journal = *journal;
        m_journal.url = m_request.url;
        m_journal.targetPath = m_file.target();
        m_resumed = true;
        if (!m_digest.isVouched() && m_journal.isComplete())
            m_journal.done.clearBit(m_journal.chunkCount() - 1); // its answer says the digest
        m_chunks.reset(m_journal.chunkCount());
        m_received = m_journal.completedBytes();
        m_hasher.advanceTo(m_journal.contiguousBytes());
        qCInfo(lcTransfer) << "resuming" << loggedUrl(m_request.url) << "at" << m_received << "of"
                           << m_journal.size << "bytes";
        m_phase = Phase::Running;
        pump();
        return;
    }
    QFile::remove(m_file.journalPath());
    qCInfo(lcTransfer) << "downloading" << loggedUrl(m_request.url) << "to" << m_file.target();
    m_phase = Phase::Probing;
    startProbe();
}

bool ChunkedDownload::prepareForSize(qint64 size)
{
    if (const Error error = m_file.reserve(size)) {
        fail(error);
        return false;
    }
    return true;
}

RangeFetch *ChunkedDownload::makeFetch(qint64 begin, qint64 end, RangeFetch::Expectation expect)
{
    auto *fetch = new RangeFetch(m_network, m_authorize, m_request.url, m_file.file(), begin, end,
                                 std::move(expect), m_options.stallTimeoutMs,
                                 m_options.readBufferBytes, this);
    fetch->setProperty(kSessionProperty, m_renewal.generation());
    m_stallWatch.watch(fetch);
    connect(fetch, &RangeFetch::headersAccepted, this, [this, fetch] { onHeaders(fetch); });
    connect(fetch, &RangeFetch::bytesWritten, this, [this](qint64 count) {
        m_renewal.proven();
        m_received += count;
        m_fetched += count;
        if (m_phase == Phase::Whole)
            m_hasher.advanceTo(m_received);
    });
    connect(fetch, &RangeFetch::done, this, [this, fetch] { onFetchDone(fetch); });
    fetch->start();
    return fetch;
}

void ChunkedDownload::startProbe()
{
    // The first chunk doubles as the probe: its answer tells the size, the ETag, the digest and
    // whether ranges work at all.
    m_single = makeFetch(0, m_options.chunkSize, {});
    RangeFetch *probe = m_single;
    connect(probe, &RangeFetch::headersAccepted, this, [this, probe] {
        if (probe == m_single) // not if onHeaders() started over
            onProbeHeaders(probe);
    });
}

void ChunkedDownload::startWhole()
{
    // Without ranges the stream starts at byte 0 every time.
    m_file.file()->resize(0);
    m_received = 0;
    m_hasher.start(partPath());
    m_single = makeFetch(0, -1, {});
    RangeFetch *whole = m_single;
    connect(whole, &RangeFetch::headersAccepted, this, [this, whole] {
        m_journal.etag = whole->etag();
        if (whole == m_single && whole->total() >= 0)
            prepareForSize(whole->total());
    });
}

void ChunkedDownload::onHeaders(RangeFetch *fetch)
{
    // Each answer repeats the digest: one that contradicts the digest the bytes on disk were
    // fetched under (a resumed journal's claim, an earlier answer) means they are other bytes.
    if (!m_digest.heard(fetch->sha256()))
        restartFromScratch(QStringLiteral("the server's digest is not the one expected"));
}

void ChunkedDownload::handOver(RangeFetch *fetch)
{
    // The rest of its range goes out now on another connection; this one is closed.
    if (!m_chunks.release(fetch))
        return;
    ++m_handovers;
    pump();
}

void ChunkedDownload::onProbeHeaders(RangeFetch *fetch)
{
    m_journal.url = m_request.url;
    m_journal.attachmentId = m_request.attachmentId;
    m_journal.targetPath = m_file.target();
    m_journal.chunkSize = m_options.chunkSize;
    m_journal.reset(fetch->total(), fetch->etag());
    if (m_journal.etag.isEmpty())
        qCInfo(lcTransfer) << "no ETag: chunks cannot be validated, the digest still is";
    if (!prepareForSize(m_journal.size))
        return;
    m_chunks.reset(m_journal.chunkCount());
    m_phase = Phase::Running;
    if (m_journal.size > 0) {
        m_chunks[0].fetch = fetch;
        m_single = nullptr;
    }
    saveJournal();
    pump();
}

void ChunkedDownload::startChunk(int index)
{
    Chunk &chunk = m_chunks[index];
    const qint64 begin = m_journal.chunkBegin(index) + chunk.received;
    const qint64 end = m_journal.chunkBegin(index) + m_journal.chunkLength(index);
    if (begin >= end) {
        // Every byte arrived before a pause or a 401 cut the fetch short of its end: asking for
        // an empty range would get a 416.
        m_journal.done.setBit(index);
        saveJournal();
        m_hasher.advanceTo(m_journal.contiguousBytes());
        m_retryTimer.start(0);
        return;
    }
    chunk.fetch = makeFetch(begin, end, {m_journal.size, m_journal.etag});
}

void ChunkedDownload::onFetchDone(RangeFetch *fetch)
{
    fetch->deleteLater();
    if (fetch == m_single) {
        m_single = nullptr;
        switch (fetch->outcome()) {
        case RangeFetch::Outcome::Complete:
            if (m_phase == Phase::Whole)
                m_journal.size = m_received;
            verify();
            return;
        case RangeFetch::Outcome::Retry:
            if (scheduleRetry(m_singleAttempts, m_singleNotBeforeMs, fetch))
                pump();
            return;
        case RangeFetch::Outcome::RangesIgnored:
            if (m_phase == Phase::Probing) {
                qCInfo(lcTransfer) << "the server ignores ranges: one plain stream";
                m_phase = Phase::Whole;
                pump();
                return;
            }
            restartFromScratch(QStringLiteral("ranges no longer honoured"));
            return;
        case RangeFetch::Outcome::Changed:
            restartFromScratch(QStringLiteral("the file changed on the server"));
            return;
        default:
            if (renewSessionFor(fetch))
                pump();
            else
                fail(fetch->error());
            return;
        }
    }
    if (const qsizetype index = m_chunks.indexOf(fetch); index >= 0) {
        m_chunks[index].fetch = nullptr;
        onChunkDone(int(index), fetch);
    }
}

void ChunkedDownload::onChunkDone(int index, RangeFetch *fetch)
{
    Chunk &chunk = m_chunks[index];
    switch (fetch->outcome()) {
    case RangeFetch::Outcome::Complete:
        chunk.received = m_journal.chunkLength(index);
        chunk.attempts = 0;
        m_journal.done.setBit(index);
        saveJournal();
        m_hasher.advanceTo(m_journal.contiguousBytes());
        pump();
        return;
    case RangeFetch::Outcome::Retry:
        chunk.received += fetch->received();
        if (scheduleRetry(chunk.attempts, chunk.notBeforeMs, fetch))
            pump();
        return;
    case RangeFetch::Outcome::Changed:
    case RangeFetch::Outcome::RangesIgnored:
        restartFromScratch(QStringLiteral("the file changed on the server"));
        return;
    default:
        if (renewSessionFor(fetch)) {
            chunk.received += fetch->received();
            pump();
        } else {
            fail(fetch->error());
        }
        return;
    }
}

bool ChunkedDownload::renewSessionFor(RangeFetch *fetch)
{
    if (!m_renewal.hasClient() || fetch->error().code() != Error::Code::Unauthorized)
        return false;
    // No fetch starts until the renewal answers (pump waits); then this one is sent again.
    qCInfo(lcTransfer) << "a chunk met a 401; renewing the session";
    const Error unauthorized = fetch->error();
    m_renewal.unauthorized(fetch->property(kSessionProperty).toInt(), unauthorized, this,
                           [this, unauthorized](const Error &error) {
                               if (isFinished())
                                   return;
                               if (error)
                                   fail(unauthorized);
                               else
                                   pump();
                           });
    return true;
}

bool ChunkedDownload::scheduleRetry(int &attempts, qint64 &notBeforeMs, RangeFetch *fetch)
{
    if (fetch->received() > 0)
        attempts = 0; // it made progress: only failures in a row count
    if (++attempts > m_options.retry.maxAttempts) {
        qCWarning(lcTransfer) << "giving up after" << attempts - 1
                              << "retries:" << fetch->error().codeName() << fetch->error().detail();
        fail(fetch->error());
        return false;
    }
    const int delay = m_options.retry.delayMs(attempts, fetch->retryAfterSeconds());
    qCInfo(lcTransfer) << "retrying bytes from" << fetch->begin() + fetch->received() << "in"
                       << delay << "ms after" << fetch->error().codeName()
                       << fetch->error().detail();
    notBeforeMs = m_clock.elapsed() + delay;
    return true;
}

void ChunkedDownload::pump()
{
    if (isFinished() || m_renewal.isRenewing())
        return;
    const qint64 now = m_clock.elapsed();
    qint64 wake = -1;
    const auto wakeAt = [&](qint64 at) { wake = wake < 0 ? at : qMin(wake, at); };
    if (m_phase == Phase::Probing || m_phase == Phase::Whole) {
        if (m_single)
            return;
        if (m_singleNotBeforeMs > now)
            wakeAt(m_singleNotBeforeMs);
        else if (m_phase == Phase::Probing)
            startProbe();
        else
            startWhole();
    } else if (m_phase == Phase::Running) {
        qint64 chunkWake = -1;
        bool allDone = false;
        const QList<qsizetype> start =
            m_chunks.toStart(m_journal.done, m_options.connections, now, chunkWake, allDone);
        if (allDone && m_chunks.inFlight() == 0 && !m_single) {
            verify();
            return;
        }
        for (const qsizetype index : start)
            startChunk(int(index));
        if (chunkWake >= 0)
            wakeAt(chunkWake);
    }
    if (wake >= 0)
        m_retryTimer.start(int(qMax<qint64>(0, wake - now)));
}

void ChunkedDownload::restartFromScratch(const QString &why)
{
    if (++m_restarts > m_options.maxRestarts) {
        fail(Error(Error::Code::Conflict, tr("The file keeps changing on the server.")));
        return;
    }
    qCInfo(lcTransfer) << "starting over:" << why;
    abortFetches();
    m_hasher.start(partPath());
    m_file.restart();
    m_journal = DownloadJournal();
    m_digest.reset(m_request.sha256);
    m_resumed = false;
    m_chunks.reset(0);
    m_received = 0;
    m_singleAttempts = 0;
    m_singleNotBeforeMs = 0;
    m_progress.resetRate();
    m_progress.start();
    m_phase = Phase::Probing;
    startProbe();
}

void ChunkedDownload::verify()
{
    m_phase = Phase::Verifying;
    m_progress.stop();
    m_progress.report();
    m_hasher.finish(m_journal.size);
}

void ChunkedDownload::onDigest(const QByteArray &digest, const QString &error)
{
    if (m_phase != Phase::Verifying || isFinished())
        return;
    if (!error.isEmpty())
        return fail(Error(Error::Code::FileError, error));
    if (const Error wrong = m_digest.check(digest, m_options.requireDigest, m_file.target())) {
        if (m_resumed && m_digest.isVouched()) // an earlier run's bytes: fetch them all, once
            return restartFromScratch(QStringLiteral("the resumed part file is damaged"));
        return fail(wrong);
    }
    if (const Error renameError = m_file.promote())
        return fail(renameError, true);
    qCInfo(lcTransfer) << "verified and saved" << m_file.target() << m_journal.size << "bytes";
    m_phase = Phase::Ended;
    finishSuccess();
}

void ChunkedDownload::abortFetches()
{
    m_chunks.releaseAll();
    if (m_single) {
        m_single->abort();
        m_single->deleteLater();
        m_single = nullptr;
    }
    m_retryTimer.stop();
}

void ChunkedDownload::pause()
{
    if (m_phase != Phase::Probing && m_phase != Phase::Running && m_phase != Phase::Whole)
        return;
    abortFetches();
    m_pausedFrom = m_phase;
    m_phase = Phase::Paused;
    m_progress.stop();
    m_progress.report();
    if (m_pausedFrom == Phase::Running)
        saveJournal();
    Q_EMIT pausedChanged(true);
}

void ChunkedDownload::resume()
{
    if (m_phase != Phase::Paused)
        return;
    m_phase = m_pausedFrom;
    m_chunks.forgetFailures();
    m_singleAttempts = 0;
    m_singleNotBeforeMs = 0;
    m_progress.resetRate();
    m_progress.start();
    Q_EMIT pausedChanged(false);
    pump();
}

void ChunkedDownload::doCancel()
{
    m_phase = Phase::Ended;
    abortFetches();
    m_hasher.stop();
    m_file.discard();
    qCInfo(lcTransfer) << "cancelled" << m_file.target();
}

void ChunkedDownload::fail(const Error &error)
{
    fail(error, PartFile::worthKeepingAfter(error));
}

void ChunkedDownload::fail(const Error &error, bool keepPart)
{
    abortFetches();
    m_hasher.stop();
    m_progress.stop();
    // Keep only what a later retry can build on: chunks recorded in a journal.
    keepPart = keepPart && m_phase == Phase::Running && m_journal.size > 0;
    if (keepPart)
        saveJournal();
    if (keepPart)
        m_file.close();
    else
        m_file.discard();
    m_phase = Phase::Ended;
    qCWarning(lcTransfer) << "download of" << loggedUrl(m_request.url)
                          << "failed:" << error.codeName() << error.detail();
    finishWithError(error);
}

void ChunkedDownload::saveJournal()
{
    m_journal.sha256 = m_digest.recorded();
    QString error;
    if (!m_journal.save(m_file.journalPath(), &error))
        qCWarning(lcTransfer) << "cannot save the resume journal:" << error;
}

} // namespace pli
