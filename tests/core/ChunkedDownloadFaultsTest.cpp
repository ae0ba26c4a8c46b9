// ChunkedDownload against the real pli-server through a fault-injecting TCP proxy: connection
// resets at chosen points of a chunk, truncation, stalls, trickles, a file replaced mid-download,
// and a transfer killed and resumed from its journal.
#include "FaultProxy.h"
#include "TestServer.h"
#include "transfers/AttachmentStore.h"
#include "transfers/ChunkedDownload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

using pli::ChunkedDownload;
using pli::DownloadOptions;
using pli::DownloadRequest;
using pli::test::FaultProxy;
using pli::test::TestServer;

namespace {

constexpr qint64 kChunk = 256 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One member of one conversation with one attachment on a real pli-server.
class ChunkedDownloadFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const std::string user = m_server.addUser("ada");
        const std::string persona = m_server.addPersona(user, "ada@example.org");
        m_token = QByteArray::fromStdString(m_server.tokenFor(user));
        auto &db = m_server.db();
        auto guard = db.lock();
        db.execute("INSERT INTO conversations (id, title, owner_persona_id, created_at, "
                   "modified_at) VALUES ('c1', 'Budget', ?, 0, 0)",
                   persona);
        db.execute("INSERT INTO conversation_members (conversation_id, persona_id, role, "
                   "joined_at) VALUES ('c1', ?, 'collaborator', 0)",
                   persona);
        db.execute("INSERT INTO messages (id, conversation_id, sender_persona_id, body, sent_at) "
                   "VALUES ('m1', 'c1', ?, 'see attached', 0)",
                   persona);
        m_content = randomBytes(3 * 1024 * 1024 + 7, 7);
        m_attachmentId = importAttachment(m_content, "budget.xlsx");
        m_proxy = std::make_unique<FaultProxy>(quint16(m_server.port()));
        m_options.chunkSize = kChunk;
        m_options.connections = 4;
        m_options.stallTimeoutMs = 800;
        m_options.retry.baseDelayMs = 20;
        m_options.retry.maxDelayMs = 100;
        m_options.progressIntervalMs = 20;
    }

    QString importAttachment(const QByteArray &bytes, const std::string &name)
    {
        const std::string source = (m_dir.path() + QStringLiteral("/source.bin")).toStdString();
        std::ofstream(source, std::ios::binary).write(bytes.constData(), bytes.size());
        pli::server::AttachmentStore store(m_server.dataDir());
        auto guard = m_server.db().lock();
        const auto info = store.importFile(m_server.db(), "m1", source, name, "");
        std::filesystem::remove(source);
        return QString::fromStdString(info.id);
    }

    std::unique_ptr<ChunkedDownload> makeJob(const QString &targetPath = {})
    {
        DownloadRequest request;
        request.url = QUrl(QString::fromLatin1(m_proxy->baseUrl()) +
                           QStringLiteral("/api/v1/attachments/%1/content").arg(m_attachmentId));
        request.attachmentId = m_attachmentId;
        request.directory = m_dir.path() + QStringLiteral("/out");
        request.fileName = QStringLiteral("budget.xlsx");
        request.targetPath = targetPath;
        const QByteArray token = m_token;
        auto job = std::make_unique<ChunkedDownload>(
            &m_network,
            [token](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer " + token); },
            request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    std::unique_ptr<ChunkedDownload> run()
    {
        auto job = makeJob();
        QSignalSpy finished(job.get(), &pli::Job::finished);
        job->start();
        EXPECT_TRUE(finished.wait(60000)) << "download did not finish";
        return job;
    }

    void expectIntact(const ChunkedDownload &job)
    {
        ASSERT_TRUE(job.isSuccess())
            << job.error().codeName().toStdString() << ": " << job.error().detail().toStdString();
        EXPECT_EQ(readFile(job.targetPath()), m_content);
        EXPECT_EQ(QDir(m_dir.path() + QStringLiteral("/out")).entryList(QDir::Files).size(), 1);
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    QByteArray m_token;
    QByteArray m_content;
    QString m_attachmentId;
    std::unique_ptr<FaultProxy> m_proxy;
    QNetworkAccessManager m_network;
    DownloadOptions m_options;
};

class ResetPoint : public ChunkedDownloadFaults, public ::testing::WithParamInterface<double>
{
};

} // namespace

TEST_P(ResetPoint, ResumesAfterConnectionReset)
{
    // Three resets at the same point of three different chunks.
    for (int i = 0; i < 3; ++i)
        m_proxy->addFault({FaultProxy::Kind::Reset, GetParam()});
    auto job = run();
    expectIntact(*job);
    EXPECT_EQ(m_proxy->faultsApplied(), 3);
    // A reset chunk continues from the bytes it already had: little is fetched twice.
    EXPECT_LE(m_proxy->responseBodyBytes(), m_content.size() + 3 * kChunk);
}

INSTANTIATE_TEST_SUITE_P(ChunkedDownloadFaults, ResetPoint, ::testing::Values(0.0, 0.5, 0.99),
                         [](const ::testing::TestParamInfo<double> &point) {
                             return "At" + std::to_string(int(point.param * 100)) + "Percent";
                         });

TEST_F(ChunkedDownloadFaults, RetriesATruncatedChunk)
{
    m_proxy->addFault({FaultProxy::Kind::Truncate, 0.3});
    m_proxy->addFault({FaultProxy::Kind::Truncate, 0.8});
    auto job = run();
    expectIntact(*job);
    EXPECT_EQ(m_proxy->faultsApplied(), 2);
}

TEST_F(ChunkedDownloadFaults, DropsAStalledConnectionAndRetries)
{
    m_proxy->addFault({FaultProxy::Kind::Stall, 0.4});
    auto job = run();
    expectIntact(*job);
    EXPECT_EQ(m_proxy->faultsApplied(), 1);
}

TEST_F(ChunkedDownloadFaults, HandsAStalledRangeToAnotherConnectionWhileOthersProgress)
{
    // The first chunk stalls (bytes stop, the socket stays open) while three others trickle on.
    // The stall timeout is far away: only the hand-over can finish the download in time.
    m_options.stallTimeoutMs = 120000;
    m_options.handoverAfterMs = 300;
    m_proxy->addFault({FaultProxy::Kind::Stall, 0.4});
    for (int i = 0; i < 3; ++i)
        m_proxy->addFault(
            {FaultProxy::Kind::Trickle, 0.0, FaultProxy::Direction::Response, "GET", 256 * 1024});
    auto job = makeJob();
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    ASSERT_TRUE(finished.wait(20000)) << "the stalled range waited for the stall timeout";
    expectIntact(*job);
    EXPECT_GE(job->handovers(), 1);
    // The stalled chunk's rest was asked again, from where its bytes stopped.
    bool askedRest = false;
    for (const QByteArray &request : m_proxy->requests())
        askedRest = askedRest ||
                    (request.contains("Range: bytes=") && !request.contains("Range: bytes=0-") &&
                     request.endsWith('-' + QByteArray::number(kChunk - 1)));
    EXPECT_TRUE(askedRest);
    EXPECT_LE(m_proxy->responseBodyBytes(), m_content.size() + kChunk);
}

TEST_F(ChunkedDownloadFaults, AStallWithNoOtherConnectionProgressingWaitsForTheTimeout)
{
    // One connection: nothing to compare with, so a quiet connection may just be a slow link.
    m_options.connections = 1;
    m_options.handoverAfterMs = 100;
    m_options.stallTimeoutMs = 1000;
    m_proxy->addFault({FaultProxy::Kind::Stall, 0.4});
    auto job = run();
    expectIntact(*job);
    EXPECT_EQ(job->handovers(), 0);
    EXPECT_EQ(m_proxy->faultsApplied(), 1);
}

TEST_F(ChunkedDownloadFaults, FinishesByteExactOverALongThinLink)
{
    // 100 ms round trip, 1 MiB/s per connection: every chunk waits, none stalls.
    m_proxy = std::make_unique<FaultProxy>(quint16(m_server.port()));
    m_proxy->setLink(100, 1024 * 1024);
    m_options.handoverAfterMs = 2000;
    auto job = run();
    expectIntact(*job);
    EXPECT_EQ(job->handovers(), 0);
    EXPECT_EQ(m_proxy->responseBodyBytes(), m_content.size());
}

TEST_F(ChunkedDownloadFaults, ASlowTrickleIsNotAStall)
{
    // 100 KiB/s for a 256 KiB chunk: slow, but bytes keep coming within the 800 ms window.
    m_proxy->addFault(
        {FaultProxy::Kind::Trickle, 0.5, FaultProxy::Direction::Response, "GET", 100 * 1024});
    auto job = run();
    expectIntact(*job);
}

TEST_F(ChunkedDownloadFaults, StartsOverWhenTheAttachmentIsReplacedMidway)
{
    for (int i = 0; i < 4; ++i)
        m_proxy->addFault(
            {FaultProxy::Kind::Trickle, 0.1, FaultProxy::Direction::Response, "GET", 400 * 1024});
    auto job = makeJob();
    QSignalSpy finished(job.get(), &pli::Job::finished);
    const QByteArray newer = randomBytes(2 * 1024 * 1024 + 3, 99);
    bool replaced = false;
    QObject::connect(job.get(), &ChunkedDownload::progressed, job.get(), [&](qint64 done) {
        if (replaced || done < 64 * 1024)
            return;
        replaced = true;
        // A new version of the same attachment id: new bytes, size and digest (hence ETag).
        const std::string tmp = (m_dir.path() + QStringLiteral("/new.bin")).toStdString();
        std::ofstream(tmp, std::ios::binary).write(newer.constData(), newer.size());
        pli::server::AttachmentStore store(m_server.dataDir());
        std::filesystem::rename(tmp, store.blobPath(m_attachmentId.toStdString()));
        auto guard = m_server.db().lock();
        m_server.db().execute(
            "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", std::int64_t(newer.size()),
            QCryptographicHash::hash(newer, QCryptographicHash::Sha256).toHex().toStdString(),
            m_attachmentId.toStdString());
    });
    job->start();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(replaced);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(readFile(job->targetPath()), newer) << "never a mix of two versions";
}

TEST_F(ChunkedDownloadFaults, ResumesFromTheJournalAfterBeingKilled)
{
    // Slow every connection so the "kill" lands in the middle.
    for (int i = 0; i < 4; ++i)
        m_proxy->addFault(
            {FaultProxy::Kind::Trickle, 0.0, FaultProxy::Direction::Response, "GET", 1024 * 1024});
    QString target;
    qint64 receivedAtKill = 0;
    {
        auto job = makeJob();
        QSignalSpy progressed(job.get(), &ChunkedDownload::progressed);
        job->start();
        while (job->bytesReceived() < m_content.size() / 2)
            ASSERT_TRUE(progressed.wait(10000));
        target = job->targetPath();
        receivedAtKill = job->bytesReceived();
        // Destroyed without cancel(): like kill -9, only what is on disk remains.
    }
    const auto journal = pli::DownloadJournal::load(
        pli::DownloadJournal::journalPathFor(target + QStringLiteral(".part")));
    ASSERT_TRUE(journal);
    const qint64 kept = journal->completedBytes();
    EXPECT_GE(kept, receivedAtKill - m_options.connections * kChunk)
        << "at most one chunk per connection is lost";

    m_proxy = std::make_unique<FaultProxy>(quint16(m_server.port())); // no faults, new counts
    auto resumed = makeJob(target);
    QSignalSpy finished(resumed.get(), &pli::Job::finished);
    resumed->start();
    ASSERT_TRUE(finished.wait(60000));
    expectIntact(*resumed);
    EXPECT_EQ(resumed->bytesFetched(), m_content.size() - kept);
    EXPECT_EQ(m_proxy->responseBodyBytes(), m_content.size() - kept);
    EXPECT_LE(receivedAtKill - kept, m_options.connections * kChunk)
        << "bytes fetched again after the kill";
}

TEST_F(ChunkedDownloadFaults, SomeoneElsesAttachmentIsNotFoundAndLeavesNothing)
{
    const std::string other = m_server.addUser("eve");
    m_token = QByteArray::fromStdString(m_server.tokenFor(other));
    auto job = run();
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().code(), pli::Error::Code::NotFound);
    EXPECT_TRUE(QDir(m_dir.path() + QStringLiteral("/out")).entryList(QDir::Files).isEmpty());
}
