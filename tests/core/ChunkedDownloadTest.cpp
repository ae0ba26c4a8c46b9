// ChunkedDownload against a scripted HTTP server on loopback: the answers a real server should
// never give (200 to a range, wrong Content-Range, short bodies, 5xx/429), changed files,
// digests, names and local failures.
#include "transfers/ChunkedDownload.h"
#include "ScriptedHttpServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <sys/mount.h>
#include <unistd.h>

using pli::ChunkedDownload;
using pli::DownloadOptions;
using pli::DownloadRequest;
using pli::Error;
using pli::test::ScriptedHttpServer;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(42 + quint32(size));
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(rng.generate() & 0xff);
    return data;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ChunkedDownloadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_content = randomBytes(1024 * 1024 + 123);
        m_server.setContent(m_content);
        m_options.chunkSize = 128 * 1024;
        m_options.connections = 4;
        m_options.stallTimeoutMs = 3000;
        m_options.retry.baseDelayMs = 10;
        m_options.retry.maxDelayMs = 50;
        m_options.progressIntervalMs = 20;
    }

    std::unique_ptr<ChunkedDownload> makeJob(const QString &name = QStringLiteral("file.bin"))
    {
        DownloadRequest request;
        request.url = QUrl(QString::fromLatin1(m_server.baseUrl() + "/files/x"));
        request.directory = m_dir.path();
        request.fileName = name;
        request.attachmentId = QStringLiteral("att-1");
        auto job = std::make_unique<ChunkedDownload>(&m_network, nullptr, request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    // Runs a download to its end and returns it.
    std::unique_ptr<ChunkedDownload> run(const QString &name = QStringLiteral("file.bin"))
    {
        auto job = makeJob(name);
        QSignalSpy finished(job.get(), &pli::Job::finished);
        job->start();
        EXPECT_TRUE(finished.wait(30000)) << "download did not finish";
        return job;
    }

    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    QTemporaryDir m_dir;
    QByteArray m_content;
    ScriptedHttpServer m_server;
    QNetworkAccessManager m_network;
    DownloadOptions m_options;
};

} // namespace

TEST_F(ChunkedDownloadTest, FetchesRangesInParallelAndVerifiesTheDigest)
{
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("file.bin")}) << "no .part or journal left";
    const auto requests = m_server.requests();
    EXPECT_EQ(requests.size(), 9); // 8 full chunks + 123 bytes
    for (const auto &request : requests) {
        EXPECT_EQ(request.header("accept-encoding"), QByteArray("identity"));
        EXPECT_TRUE(request.header("range").startsWith("bytes="));
    }
    // Every chunk after the first validates the version with If-Range.
    EXPECT_TRUE(requests.first().header("if-range").isEmpty());
    EXPECT_EQ(requests.last().header("if-range"), m_server.etag());
    EXPECT_EQ(job->bytesReceived(), m_content.size());
}

TEST_F(ChunkedDownloadTest, FallsBackToOnePlainStreamWhenRangesAreIgnored)
{
    m_server.setHonourRanges(false);
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    const auto requests = m_server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_TRUE(requests.last().header("range").isEmpty());
}

TEST_F(ChunkedDownloadTest, NeverWritesA200AnsweredToARangeRequest)
{
    // Chunk 3 gets the whole file with a 200: writing it at the chunk's offset would corrupt.
    m_server.setScript([this](const ScriptedHttpServer::Request &request, int,
                              ScriptedHttpServer::Reply &reply) {
        if (request.header("range") != "bytes=393216-524287" || m_server.property("done").toBool())
            return false;
        m_server.setProperty("done", true);
        reply.status = 200;
        reply.headers = {{"ETag", m_server.etag()}};
        reply.body = randomBytes(m_content.size());
        return true;
    });
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
}

TEST_F(ChunkedDownloadTest, RetriesAWrongContentRangeWithoutWritingIt)
{
    m_server.setScript([this](const ScriptedHttpServer::Request &request, int index,
                              ScriptedHttpServer::Reply &reply) {
        if (index != 2)
            return false;
        reply = m_server.defaultReply(request);
        // Right length, wrong place: the bytes of another range.
        reply.headers.replace(
            reply.headers.indexOf({"Content-Range", reply.headers.last().second}),
            {"Content-Range", "bytes 0-131071/" + QByteArray::number(m_content.size())});
        reply.body = QByteArray(reply.body.size(), 'X');
        return true;
    });
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_GE(m_server.requests().size(), 10) << "the bad chunk was asked again";
}

TEST_F(ChunkedDownloadTest, RetriesABodyShorterThanItsContentLength)
{
    m_server.setScript([this](const ScriptedHttpServer::Request &request, int index,
                              ScriptedHttpServer::Reply &reply) {
        if (index != 1 && index != 4)
            return false;
        reply = m_server.defaultReply(request);
        reply.contentLength = reply.body.size();
        reply.body.chop(1000); // the connection closes 1000 bytes early
        return true;
    });
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
}

TEST_F(ChunkedDownloadTest, RetriesServerErrorsAndHonoursRetryAfter)
{
    m_server.setScript(
        [](const ScriptedHttpServer::Request &, int index, ScriptedHttpServer::Reply &reply) {
            if (index == 1) {
                reply.status = 503;
                reply.headers = {{"Retry-After", "1"}};
                return true;
            }
            if (index == 2) {
                reply.status = 429;
                reply.headers = {{"Retry-After", "1"}};
                return true;
            }
            if (index == 3) {
                reply.status = 500;
                reply.headers = {{"Content-Type", "application/problem+json"}};
                reply.body = R"({"status":500,"code":"internal_error"})";
                return true;
            }
            return false;
        });
    QElapsedTimer clock;
    clock.start();
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_GE(clock.elapsed(), 950) << "Retry-After: 1 was not honoured";
    EXPECT_EQ(m_server.requests().size(), 12);
}

TEST_F(ChunkedDownloadTest, FailsFastOnAClientErrorAndKeepsNothing)
{
    m_server.setScript(
        [](const ScriptedHttpServer::Request &, int, ScriptedHttpServer::Reply &reply) {
            reply.status = 404;
            reply.headers = {{"Content-Type", "application/problem+json"}};
            reply.body = R"({"status":404,"code":"not_found","title":"Not found"})";
            return true;
        });
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().code(), Error::Code::NotFound);
    EXPECT_EQ(m_server.requests().size(), 1) << "a 404 is not retried";
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u',').toStdString();
}

TEST_F(ChunkedDownloadTest, GivesUpAfterRepeatedFailuresButKeepsTheResumableParts)
{
    m_options.retry.maxAttempts = 2;
    m_options.connections = 1;
    m_server.setScript(
        [](const ScriptedHttpServer::Request &request, int, ScriptedHttpServer::Reply &reply) {
            if (!request.header("range").startsWith("bytes=262144-"))
                return false;
            reply.status = 502;
            return true;
        });
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().httpStatus(), 502);
    // Chunks 0 and 1 are safe on disk for a later retry.
    EXPECT_TRUE(QFile::exists(job->partPath()));
    EXPECT_TRUE(QFile::exists(job->partPath() + QStringLiteral(".journal")));

    const auto journal = pli::DownloadJournal::load(job->partPath() + QStringLiteral(".journal"));
    ASSERT_TRUE(journal);
    EXPECT_TRUE(journal->done.testBit(0) && journal->done.testBit(1));
    EXPECT_FALSE(journal->done.testBit(2));
    m_server.setScript({});
    DownloadRequest again;
    again.url = QUrl(QString::fromLatin1(m_server.baseUrl() + "/files/x"));
    again.targetPath = job->targetPath();
    ChunkedDownload retry(&m_network, nullptr, again, m_options);
    retry.setAutoDelete(false);
    QSignalSpy finished(&retry, &pli::Job::finished);
    retry.start();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(retry.isSuccess()) << retry.error().detail().toStdString();
    EXPECT_EQ(readFile(retry.targetPath()), m_content);
    EXPECT_EQ(retry.bytesFetched(), m_content.size() - journal->completedBytes())
        << "only the missing chunks are fetched";
}

TEST_F(ChunkedDownloadTest, StartsOverCleanlyWhenTheFileChangesMidway)
{
    const QByteArray newer = randomBytes(900 * 1024);
    m_server.setScript(
        [&](const ScriptedHttpServer::Request &, int index, ScriptedHttpServer::Reply &) {
            if (index == 3)
                m_server.setContent(newer, "\"v2\"");
            return false;
        });
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), newer) << "never a mix of two versions";
}

TEST_F(ChunkedDownloadTest, DeletesTheFileWhenTheDigestDoesNotMatch)
{
    m_server.setScript([this](const ScriptedHttpServer::Request &request, int,
                              ScriptedHttpServer::Reply &reply) {
        reply = m_server.defaultReply(request);
        for (auto &header : reply.headers)
            if (header.first == "Repr-Digest")
                header.second =
                    "sha-256=:" +
                    QCryptographicHash::hash("other", QCryptographicHash::Sha256).toBase64() + ":";
        return true;
    });
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().code(), Error::Code::Integrity);
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u',').toStdString();
}

TEST_F(ChunkedDownloadTest, RefusesToKeepAFileWithoutAnyDigest)
{
    m_server.setSendDigest(false);
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().code(), Error::Code::Integrity);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(ChunkedDownloadTest, DownloadsAnEmptyFile)
{
    m_content.clear();
    m_server.setContent(m_content);
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_TRUE(QFile::exists(job->targetPath()));
    EXPECT_EQ(QFileInfo(job->targetPath()).size(), 0);
}

TEST_F(ChunkedDownloadTest, UnsatisfiableRangeFailsWithAClearError)
{
    m_server.setScript(
        [](const ScriptedHttpServer::Request &, int, ScriptedHttpServer::Reply &reply) {
            reply.status = 416;
            reply.headers = {{"Content-Range", "bytes */10"}};
            return true;
        });
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().httpStatus(), 416);
    EXPECT_EQ(m_server.requests().size(), 1);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(ChunkedDownloadTest, KeepsHostileNamesInsideTheFolderAndNeverOverwrites)
{
    QFile existing(QDir(m_dir.path()).filePath(QStringLiteral("CON_passwd.txt")));
    for (const QString &hostile : {QStringLiteral("../../passwd"), QStringLiteral("/etc/passwd"),
                                   QStringLiteral("CON"), QStringLiteral("a\nb\u202Etxt.exe")}) {
        auto job = run(hostile);
        ASSERT_TRUE(job->isSuccess()) << hostile.toStdString();
        EXPECT_EQ(QFileInfo(job->targetPath()).absolutePath(), QDir(m_dir.path()).absolutePath())
            << job->targetPath().toStdString();
    }
    // The same name again: "passwd" exists twice now, as "passwd" and "passwd (1)".
    EXPECT_TRUE(QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("passwd"))));
    EXPECT_TRUE(QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("passwd (1)"))));
    EXPECT_TRUE(QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("_CON"))));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/passwd")));
}

TEST_F(ChunkedDownloadTest, AFileThatTakesTheNameMeanwhileIsKeptAndTheDownloadGetsAFreeName)
{
    auto job = makeJob(QStringLiteral("report.pdf"));
    QSignalSpy finished(job.get(), &pli::Job::finished);
    // Another program saves a file under the chosen name while the download runs.
    QObject::connect(job.get(), &ChunkedDownload::targetChosen, [](const QString &path) {
        QFile other(path);
        ASSERT_TRUE(other.open(QIODevice::WriteOnly));
        other.write("someone else's report");
    });
    job->start();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(QFileInfo(job->targetPath()).fileName(), QStringLiteral("report (1).pdf"));
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_EQ(readFile(QDir(m_dir.path()).filePath(QStringLiteral("report.pdf"))),
              QByteArray("someone else's report"));
    EXPECT_EQ(entries().size(), 2) << entries().join(u' ').toStdString();
}

TEST_F(ChunkedDownloadTest, CancelRemovesThePartFile)
{
    m_server.setScript(
        [](const ScriptedHttpServer::Request &, int index, ScriptedHttpServer::Reply &reply) {
            if (index == 0)
                return false;
            reply.status = 503; // keeps the download busy retrying
            return true;
        });
    m_options.retry.baseDelayMs = 200;
    auto job = makeJob();
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    QSignalSpy progress(job.get(), &ChunkedDownload::progressed);
    ASSERT_TRUE(progress.wait(5000));
    EXPECT_TRUE(QFile::exists(job->partPath()));
    job->cancel();
    EXPECT_EQ(job->error().code(), Error::Code::Cancelled);
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u',').toStdString();
}

TEST_F(ChunkedDownloadTest, PauseStopsFetchingAndResumeFinishes)
{
    m_options.connections = 1;
    // The fourth chunk comes late, so the pause lands while it is awaited.
    m_server.setScript([this](const ScriptedHttpServer::Request &request, int index,
                              ScriptedHttpServer::Reply &reply) {
        if (index != 3)
            return false;
        reply = m_server.defaultReply(request);
        reply.delayMs = 2000;
        return true;
    });
    auto job = makeJob();
    QSignalSpy finished(job.get(), &pli::Job::finished);
    QSignalSpy paused(job.get(), &ChunkedDownload::pausedChanged);
    QObject::connect(job.get(), &ChunkedDownload::progressed, job.get(), [&job] {
        if (job->bytesReceived() >= 300 * 1024 && !job->property("once").toBool()) {
            job->setProperty("once", true);
            job->pause();
        }
    });
    job->start();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_TRUE(job->isPaused());
    EXPECT_FALSE(finished.wait(200)) << "a paused download does not finish";
    // Requests already on the wire when pausing may still arrive; after that, none.
    const auto requestsWhenPaused = m_server.requests().size();
    EXPECT_FALSE(finished.wait(300));
    EXPECT_EQ(m_server.requests().size(), requestsWhenPaused);
    job->resume();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
}

TEST_F(ChunkedDownloadTest, DiskFullIsReportedBeforeWritingAndLeavesNothing)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a 2 MiB tmpfs needs root";
    QTemporaryDir mountPoint;
    if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=2m") !=
        0)
        GTEST_SKIP() << "cannot mount a tmpfs here: " << strerror(errno);
    m_content = randomBytes(3 * 1024 * 1024);
    m_server.setContent(m_content);
    DownloadRequest request;
    request.url = QUrl(QString::fromLatin1(m_server.baseUrl() + "/files/x"));
    request.directory = mountPoint.path();
    request.fileName = QStringLiteral("big.bin");
    ChunkedDownload job(&m_network, nullptr, request, m_options);
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &pli::Job::finished);
    job.start();
    const bool done = finished.wait(30000);
    const QStringList left =
        QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    ::umount(QFile::encodeName(mountPoint.path()).constData());
    ASSERT_TRUE(done);
    EXPECT_EQ(job.error().code(), Error::Code::DiskFull);
    EXPECT_FALSE(job.error().message().isEmpty());
    EXPECT_TRUE(left.isEmpty()) << left.join(u',').toStdString();
}
