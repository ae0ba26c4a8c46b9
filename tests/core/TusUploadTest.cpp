// TusUpload against the real pli-server (tus 1.0.0), directly and through the fault proxy.
#include "transfers/TusUpload.h"
#include "FaultProxy.h"
#include "SignedInTransfers.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using pli::Error;
using pli::TusUpload;
using pli::UploadOptions;
using pli::UploadRequest;
using pli::test::FaultProxy;
using pli::test::TestServer;

namespace {

constexpr qint64 kChunk = 512 * 1024;

class TusUploads : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_userId = m_server.addUser("ada");
        m_token = QByteArray::fromStdString(m_server.tokenFor(m_userId));
        m_content = QByteArray(2 * 1024 * 1024 + 11, Qt::Uninitialized);
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(m_content.data()),
                                      m_content.size() / 4);
        m_file = writeFile(QStringLiteral("report.pdf"), m_content);
        m_proxy = std::make_unique<FaultProxy>(quint16(m_server.port()));
        m_options.chunkSize = kChunk;
        m_options.stallTimeoutMs = 2000;
        m_options.retry.baseDelayMs = 20;
        m_options.retry.maxDelayMs = 100;
        m_options.progressIntervalMs = 20;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::unique_ptr<TusUpload> makeJob(const QString &file, const QUrl &resumeUrl = {},
                                       qint64 otherBytes = 0)
    {
        UploadRequest request;
        request.endpoint =
            QUrl(QString::fromLatin1(m_proxy->baseUrl()) + QStringLiteral("/api/v1/uploads"));
        request.filePath = file;
        request.contentType = QStringLiteral("application/pdf");
        request.uploadUrl = resumeUrl;
        request.otherAttachmentsBytes = otherBytes;
        const QByteArray token = m_token;
        auto job = std::make_unique<TusUpload>(
            &m_network,
            [token](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer " + token); },
            request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    void runToEnd(TusUpload &job)
    {
        QSignalSpy finished(&job, &pli::Job::finished);
        job.start();
        ASSERT_TRUE(job.isFinished() || finished.wait(60000)) << "upload did not finish";
    }

    // What the server holds for an upload id: (offset, stored bytes).
    std::pair<qint64, QByteArray> serverSide(const QString &uploadId)
    {
        qint64 offset = -1;
        {
            auto &db = m_server.db();
            auto guard = db.lock();
            auto st = db.query("SELECT offset FROM uploads WHERE id = ?", uploadId.toStdString());
            if (st.next())
                offset = st.integer(0);
        }
        QFile stored(QString::fromStdString(
            (m_server.dataDir() / "uploads" / uploadId.toStdString()).string()));
        if (!stored.open(QIODevice::ReadOnly))
            return {offset, {}};
        return {offset, stored.readAll()};
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    std::string m_userId;
    QByteArray m_token;
    QByteArray m_content;
    QString m_file;
    std::unique_ptr<FaultProxy> m_proxy;
    QNetworkAccessManager m_network;
    UploadOptions m_options;
};

} // namespace

TEST_F(TusUploads, UploadsInChecksummedChunks)
{
    auto job = makeJob(m_file);
    QSignalSpy urls(job.get(), &TusUpload::uploadUrlChanged);
    runToEnd(*job);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(urls.size(), 1);
    const auto [offset, stored] = serverSide(job->uploadId());
    EXPECT_EQ(offset, m_content.size());
    EXPECT_EQ(stored, m_content);
    int patches = 0;
    for (const QByteArray &request : m_proxy->requests())
        patches += request.startsWith("PATCH") ? 1 : 0;
    EXPECT_EQ(patches, 5); // 4 chunks of 512 KiB + 11 bytes
    EXPECT_EQ(m_proxy->requests().first(), QByteArray("OPTIONS /api/v1/uploads HTTP/1.1"));
}

TEST_F(TusUploads, AFileThatShrinksDuringTheUploadFailsWithAClearError)
{
    auto job = makeJob(m_file);
    QSignalSpy progressed(job.get(), &TusUpload::progressed);
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    while (job->offset() < kChunk)
        ASSERT_TRUE(progressed.wait(10000));
    QFile(m_file).resize(kChunk + 10); // the rest of the file is gone
    ASSERT_TRUE(job->isFinished() || finished.wait(30000));
    ASSERT_FALSE(job->isSuccess());
    EXPECT_EQ(job->error().code(), Error::Code::FileError);
    EXPECT_TRUE(job->error().message().contains(QStringLiteral("report.pdf")))
        << job->error().message().toStdString();
}

TEST_F(TusUploads, RefusesAFileOverOneGibibyteBeforeSendingAnything)
{
    const QString big = m_dir.filePath(QStringLiteral("big.iso"));
    QFile sparse(big);
    ASSERT_TRUE(sparse.open(QIODevice::WriteOnly));
    ASSERT_TRUE(sparse.resize(TusUpload::maxFileSize + 1)); // sparse: no disk used
    sparse.close();
    auto job = makeJob(big);
    runToEnd(*job);
    EXPECT_EQ(job->error().code(), Error::Code::TooLarge);
    EXPECT_TRUE(job->error().detail().contains(QStringLiteral("big.iso")));
    EXPECT_TRUE(m_proxy->requests().isEmpty()) << "not a single request";

    const Error check = TusUpload::checkAttachments({big});
    EXPECT_EQ(check.code(), Error::Code::TooLarge);
}

TEST_F(TusUploads, RefusesAMessageWhoseAttachmentsTotalOverOneGibibyte)
{
    QStringList files;
    for (const char *name : {"a.bin", "b.bin"}) {
        QFile sparse(m_dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(sparse.open(QIODevice::WriteOnly));
        ASSERT_TRUE(sparse.resize(600LL * 1024 * 1024));
        files << sparse.fileName();
    }
    EXPECT_EQ(TusUpload::checkAttachments(files).code(), Error::Code::TooLarge);
    EXPECT_FALSE(TusUpload::checkAttachments({files.first(), m_file}).isError());

    auto job = makeJob(files.first(), {}, 600LL * 1024 * 1024);
    runToEnd(*job);
    EXPECT_EQ(job->error().code(), Error::Code::TooLarge);
    EXPECT_TRUE(m_proxy->requests().isEmpty());
}

TEST_F(TusUploads, ResumesAfterADroppedPatch)
{
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.5, FaultProxy::Direction::Request, "PATCH"});
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.1, FaultProxy::Direction::Request, "PATCH"});
    auto job = makeJob(m_file);
    runToEnd(*job);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(m_proxy->faultsApplied(), 2);
    EXPECT_EQ(serverSide(job->uploadId()).second, m_content);
    // After a drop the client asks the server where it stands (Qt itself may resend a request
    // that died on a reused connection before any answer, so not necessarily once per drop).
    int heads = 0;
    for (const QByteArray &request : m_proxy->requests())
        heads += request.startsWith("HEAD") ? 1 : 0;
    EXPECT_GE(heads, 1);
}

TEST_F(TusUploads, ContinuesFromThePersistedUrlAfterARestart)
{
    QUrl url;
    {
        auto job = makeJob(m_file);
        QSignalSpy progressed(job.get(), &TusUpload::progressed);
        QObject::connect(job.get(), &TusUpload::uploadUrlChanged, job.get(),
                         [&url](const QUrl &u) { url = u; });
        job->start();
        while (job->offset() < 2 * kChunk)
            ASSERT_TRUE(progressed.wait(10000));
        // Destroyed mid-upload, as if the application had been killed.
    }
    ASSERT_TRUE(url.isValid());
    QTest::qWait(300); // a PATCH already on the wire may still complete on the server
    const qint64 offsetBefore = serverSide(url.path().section(QLatin1Char('/'), -1)).first;
    EXPECT_GE(offsetBefore, 2 * kChunk);
    m_proxy->resetCounters();
    auto resumed = makeJob(m_file, url);
    runToEnd(*resumed);
    ASSERT_TRUE(resumed->isSuccess()) << resumed->error().detail().toStdString();
    EXPECT_EQ(resumed->uploadId(), url.path().section(QLatin1Char('/'), -1));
    EXPECT_TRUE(m_proxy->requests().first().startsWith("HEAD"));
    EXPECT_EQ(resumed->bytesSent(), m_content.size() - offsetBefore) << "nothing sent twice";
    EXPECT_EQ(serverSide(resumed->uploadId()).second, m_content);
}

TEST_F(TusUploads, CancelTerminatesTheUploadOnTheServer)
{
    // The first PATCH stalls half way: the upload is certainly unfinished when cancelled.
    m_proxy->addFault({FaultProxy::Kind::Stall, 0.5, FaultProxy::Direction::Request, "PATCH"});
    auto job = makeJob(m_file);
    job->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !job->uploadId().isEmpty() && m_proxy->pendingFaults() == 0; }, 10000));
    const QString id = job->uploadId();
    ASSERT_GE(serverSide(id).first, 0);
    job->cancel();
    EXPECT_EQ(job->error().code(), Error::Code::Cancelled);
    // The DELETE is sent without waiting; wait until the server has dropped the upload.
    for (int i = 0; i < 100 && serverSide(id).first >= 0; ++i)
        QTest::qWait(20);
    EXPECT_EQ(serverSide(id).first, -1);
}

TEST_F(TusUploads, AnotherUsersUploadCannotBeResumed)
{
    auto job = makeJob(m_file);
    runToEnd(*job);
    ASSERT_TRUE(job->isSuccess());
    m_token = QByteArray::fromStdString(m_server.tokenFor(m_server.addUser("eve")));
    const QString other = writeFile(QStringLiteral("other.bin"), m_content);
    auto intruder = makeJob(other, job->uploadUrl());
    runToEnd(*intruder);
    // 404 for someone else's upload: the client starts its own instead, never touches Ada's.
    ASSERT_TRUE(intruder->isSuccess()) << intruder->error().detail().toStdString();
    EXPECT_NE(intruder->uploadId(), job->uploadId());
}

namespace {

// An upload authorised like the app does it: the bearer token of a signed-in ApiClient, on a
// server whose access tokens live 2 s, renewed through that ApiClient.
class TusUploadSessions : public pli::test::SignedInTransfers
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_content = QByteArray(8 * 1024 * 1024 + 11, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(m_content.data()),
                                      m_content.size() / 4);
        m_file = m_dir.filePath(QStringLiteral("minutes.pdf"));
        QFile file(m_file);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(m_content);
        m_options.chunkSize = kChunk;
        m_options.stallTimeoutMs = 5000;
        m_options.retry.baseDelayMs = 20;
        m_options.progressIntervalMs = 20;
    }

    std::unique_ptr<TusUpload> makeJob(pli::RequestAuthorizer authorize = {})
    {
        UploadRequest request;
        request.endpoint =
            QUrl(QString::fromStdString(m_server.baseUrl()) + QStringLiteral("/api/v1/uploads"));
        request.filePath = m_file;
        auto job = std::make_unique<TusUpload>(
            &m_network, authorize ? std::move(authorize) : authorizer(), request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    QByteArray stored(const QString &uploadId)
    {
        QFile file(QString::fromStdString(
            (m_server.dataDir() / "uploads" / uploadId.toStdString()).string()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    UploadOptions m_options;
    QByteArray m_content;
    QString m_file;
};

} // namespace

TEST_F(TusUploadSessions, RenewsAnExpiredAccessTokenAndContinues)
{
    auto job = makeJob();
    job->renewSessionThrough(api());
    const QString tokenBefore = m_user.api->accessToken();
    QSignalSpy progressed(job.get(), &TusUpload::progressed);
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    while (job->offset() < kChunk)
        ASSERT_TRUE(progressed.wait(10000));
    job->pause();
    // The access token lives 2 s: let it expire mid-upload, then go on.
    QTest::qWait(2500);
    job->resume();
    ASSERT_TRUE(job->isFinished() || finished.wait(30000));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_GE(renewals(), 1);
    EXPECT_NE(m_user.api->accessToken(), tokenBefore);
    EXPECT_EQ(stored(job->uploadId()), m_content);
}

TEST_F(TusUploadSessions, FailsAsUnauthorizedWhenTheSessionCannotBeRenewed)
{
    auto job = makeJob();
    job->renewSessionThrough(api());
    refuseRenewal();
    ASSERT_TRUE(runWithExpiredTokens(*job));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(renewals(), 1);
}

TEST_F(TusUploadSessions, WithoutARefresherA401FailsAtOnce)
{
    auto job = makeJob();
    ASSERT_TRUE(runWithExpiredTokens(*job));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
}

TEST_F(TusUploadSessions, ARefreshThatStillGets401FailsInsteadOfLooping)
{
    auto job = makeJob(staleAuthorizer()); // the renewal succeeds, the token sent stays expired
    job->renewSessionThrough(api());
    ASSERT_TRUE(runWithExpiredTokens(*job));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(renewals(), 1);
}
