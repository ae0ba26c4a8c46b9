// ChunkedDownload resuming from what it finds on disk, when that was planted or damaged: a journal
// that claims another digest, chunks marked done over wrong bytes, a part file that is a symbolic
// link; and the part file and journal are the user's alone.
#include "JobWait.h"
#include "ScriptedHttpServer.h"
#include "WaitUntil.h"
#include "transfers/ChunkedDownload.h"
#include "transfers/DownloadJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <sys/stat.h>

using pli::ChunkedDownload;
using pli::DownloadJournal;
using pli::DownloadOptions;
using pli::DownloadRequest;
using pli::Error;
using pli::test::ScriptedHttpServer;

namespace {

constexpr qint64 kChunk = 128 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The permission bits of `path` (not following a symbolic link).
mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

class ChunkedDownloadResume : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_content = randomBytes(8 * kChunk + 123, 3);
        m_server.setContent(m_content);
        m_target = m_dir.filePath(QStringLiteral("file.bin"));
        m_part = m_target + QStringLiteral(".part");
        m_options.chunkSize = kChunk;
        m_options.retry.baseDelayMs = 10;
        m_options.progressIntervalMs = 20;
    }

    QUrl url() const { return QUrl(QString::fromLatin1(m_server.baseUrl() + "/files/x")); }

    // A journal beside the part file, as an earlier run (or someone else) left it.
    void plantJournal(const QByteArray &claimedDigest, const QList<int> &doneChunks)
    {
        DownloadJournal journal;
        journal.url = url();
        journal.attachmentId = QStringLiteral("att-1");
        journal.targetPath = m_target;
        journal.chunkSize = kChunk;
        journal.reset(m_content.size(), m_server.etag());
        journal.sha256 = claimedDigest;
        for (int chunk : doneChunks)
            journal.done.setBit(chunk);
        ASSERT_TRUE(journal.save(DownloadJournal::journalPathFor(m_part)));
    }

    void writePart(const QByteArray &bytes)
    {
        QFile part(m_part);
        ASSERT_TRUE(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
        part.write(bytes);
    }

    std::unique_ptr<ChunkedDownload> makeJob(const QByteArray &apiDigest = {})
    {
        DownloadRequest request;
        request.url = url();
        request.attachmentId = QStringLiteral("att-1");
        request.directory = m_dir.path();
        request.fileName = QStringLiteral("file.bin");
        request.targetPath = m_target;
        request.sha256 = apiDigest;
        auto job = std::make_unique<ChunkedDownload>(&m_network, nullptr, request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    std::unique_ptr<ChunkedDownload> run(const QByteArray &apiDigest = {})
    {
        auto job = makeJob(apiDigest);
        QSignalSpy finished(job.get(), &pli::Job::finished);
        job->start();
        EXPECT_TRUE(finished.wait(30000)) << "download did not finish";
        return job;
    }

    QTemporaryDir m_dir;
    QByteArray m_content;
    QString m_target;
    QString m_part;
    ScriptedHttpServer m_server;
    QNetworkAccessManager m_network;
    DownloadOptions m_options;
};

} // namespace

TEST_F(ChunkedDownloadResume, APlantedJournalCannotVouchForOtherBytes)
{
    // Every chunk "done", over other bytes, with their digest: the journal agrees with the part
    // file, but the server's Repr-Digest says otherwise.
    const QByteArray other = randomBytes(m_content.size(), 4);
    writePart(other);
    plantJournal(sha256(other), {0, 1, 2, 3, 4, 5, 6, 7, 8});
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content) << "the planted bytes were kept";
}

TEST_F(ChunkedDownloadResume, AJournalThatContradictsTheApiDigestIsNotResumed)
{
    const QByteArray other = randomBytes(m_content.size(), 4);
    writePart(other);
    plantJournal(sha256(other), {0, 1, 2, 3, 4, 5, 6, 7});
    auto job = run(sha256(m_content));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_EQ(job->bytesFetched(), m_content.size()) << "started over from the first byte";
}

TEST_F(ChunkedDownloadResume, ADamagedPartFileIsFetchedAgainOnce)
{
    // The journal is right about the digest, but the bytes of its done chunks are not.
    QByteArray damaged = m_content;
    damaged[kChunk + 5] = char(damaged[kChunk + 5] ^ 0x40);
    writePart(damaged);
    plantJournal(sha256(m_content), {0, 1, 2, 3});
    auto job = run(sha256(m_content));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
}

TEST_F(ChunkedDownloadResume, AResumedDownloadIsCheckedAgainstTheServersDigest)
{
    // A genuine earlier run: its part file and journal are right, and every chunk is done. The
    // journal's digest alone does not let the file through: one answer of the server confirms it.
    writePart(m_content);
    plantJournal(sha256(m_content), {0, 1, 2, 3, 4, 5, 6, 7, 8});
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_EQ(m_server.requests().size(), 1);
    EXPECT_LE(job->bytesFetched(), kChunk);
}

TEST_F(ChunkedDownloadResume, APartFileThatIsASymbolicLinkIsNeverWrittenThrough)
{
    const QString precious = m_dir.filePath(QStringLiteral("precious.txt"));
    QFile victim(precious);
    ASSERT_TRUE(victim.open(QIODevice::WriteOnly));
    victim.write(QByteArray(m_content.size(), 'p'));
    victim.close();
    ASSERT_TRUE(QFile::link(precious, m_part));
    plantJournal(sha256(m_content), {0, 2});
    auto job = run();
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(precious), QByteArray(m_content.size(), 'p')) << "written through the link";
    EXPECT_EQ(readFile(job->targetPath()), m_content);
    EXPECT_FALSE(QFileInfo(job->targetPath()).isSymLink());
}

TEST_F(ChunkedDownloadResume, APartFileThatIsNotAPlainFileFailsClearly)
{
    ASSERT_TRUE(QDir().mkpath(m_part));
    plantJournal(sha256(m_content), {0});
    auto job = run();
    EXPECT_EQ(job->error().code(), Error::Code::FileError);
    EXPECT_TRUE(job->error().message().size() > 0);
    EXPECT_TRUE(QFileInfo(m_part).isDir()) << "what was there is left alone";
}

TEST_F(ChunkedDownloadResume, ThePartFileAndItsJournalAreTheUsersAlone)
{
    // Answers come late, so that the download can be paused half way; but the request numbered
    // `fast` (a fresh download's probe) at once.
    int fast = 0;
    m_server.setScript([this, &fast](const ScriptedHttpServer::Request &request, int index,
                                     ScriptedHttpServer::Reply &reply) {
        reply = m_server.defaultReply(request);
        reply.delayMs = index == fast ? 0 : 500;
        return true;
    });
    // An older part file with the umask's permissions, continued.
    writePart(m_content.left(2 * kChunk) + QByteArray(m_content.size() - 2 * kChunk, '\0'));
    ASSERT_EQ(::chmod(QFile::encodeName(m_part).constData(), 0644), 0);
    plantJournal(sha256(m_content), {0, 1});
    ASSERT_EQ(::chmod(QFile::encodeName(DownloadJournal::journalPathFor(m_part)).constData(), 0644),
              0);
    auto job = makeJob();
    QSignalSpy progressed(job.get(), &ChunkedDownload::progressed);
    job->start();
    ASSERT_TRUE(progressed.wait(10000));
    job->pause(); // saves the journal
    EXPECT_EQ(modeOf(m_part), mode_t(0600));
    EXPECT_EQ(modeOf(DownloadJournal::journalPathFor(m_part)), mode_t(0600));
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->resume();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), m_content);

    // And a fresh download's files too.
    fast = int(m_server.requests().size());
    QFile::remove(job->targetPath());
    m_target = m_dir.filePath(QStringLiteral("fresh.bin"));
    m_part = m_target + QStringLiteral(".part");
    auto fresh = makeJob();
    fresh->start();
    const QString journal = DownloadJournal::journalPathFor(m_part);
    ASSERT_TRUE(pli::test::waitUntil([&journal] { return QFile::exists(journal); }));
    fresh->pause();
    EXPECT_EQ(modeOf(m_part), mode_t(0600));
    EXPECT_EQ(modeOf(DownloadJournal::journalPathFor(m_part)), mode_t(0600));
}
