// ChunkedDownload when the access token expires mid-download, on a real pli-server whose access
// tokens live 2 s, authorised and renewed through a signed-in ApiClient like the app does.
#include "SignedInTransfers.h"
#include "transfers/AttachmentStore.h"
#include "transfers/ChunkedDownload.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

using pli::ChunkedDownload;
using pli::DownloadOptions;
using pli::DownloadRequest;
using pli::Error;
using pli::test::TestServer;

namespace {

class ChunkedDownloadSession : public pli::test::SignedInTransfers
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto &db = m_server.db();
        {
            auto guard = db.lock();
            db.execute("INSERT INTO conversations (id, title, owner_persona_id, created_at, "
                       "modified_at) VALUES ('c1', 'Budget', ?, 0, 0)",
                       m_user.personaId);
            db.execute("INSERT INTO conversation_members (conversation_id, persona_id, role, "
                       "joined_at) VALUES ('c1', ?, 'collaborator', 0)",
                       m_user.personaId);
            db.execute("INSERT INTO messages (id, conversation_id, sender_persona_id, body, "
                       "sent_at) VALUES ('m1', 'c1', ?, 'see attached', 0)",
                       m_user.personaId);
        }
        m_content = QByteArray(16 * 1024 * 1024 + 5, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(m_content.data()),
                                      m_content.size() / 4);
        const std::string source = m_dir.filePath(QStringLiteral("source.bin")).toStdString();
        std::ofstream(source, std::ios::binary).write(m_content.constData(), m_content.size());
        pli::server::AttachmentStore store(m_server.dataDir());
        auto guard = db.lock();
        m_attachmentId =
            QString::fromStdString(store.importFile(db, "m1", source, "budget.xlsx", "").id);
        m_options.chunkSize = 128 * 1024;
        m_options.connections = 4;
        m_options.stallTimeoutMs = 5000;
        m_options.retry.baseDelayMs = 20;
        m_options.progressIntervalMs = 20;
    }

    std::unique_ptr<ChunkedDownload> makeJob(pli::RequestAuthorizer authorize = {})
    {
        DownloadRequest request;
        request.url = QUrl(QString::fromStdString(m_server.baseUrl()) +
                           QStringLiteral("/api/v1/attachments/%1/content").arg(m_attachmentId));
        request.attachmentId = m_attachmentId;
        request.directory = m_dir.filePath(QStringLiteral("out"));
        request.fileName = QStringLiteral("budget.xlsx");
        auto job = std::make_unique<ChunkedDownload>(
            &m_network, authorize ? std::move(authorize) : authorizer(), request, m_options);
        job->setAutoDelete(false);
        return job;
    }

    DownloadOptions m_options;
    QByteArray m_content;
    QString m_attachmentId;
};

} // namespace

TEST_F(ChunkedDownloadSession, RenewsAnExpiredAccessTokenAndContinues)
{
    auto job = makeJob();
    job->renewSessionThrough(api());
    const QString tokenBefore = m_user.api->accessToken();
    QSignalSpy progressed(job.get(), &ChunkedDownload::progressed);
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    while (job->bytesReceived() == 0)
        ASSERT_TRUE(progressed.wait(10000));
    job->pause();
    QTest::qWait(2500); // the 2 s access token expires mid-download
    job->resume();
    ASSERT_TRUE(job->isFinished() || finished.wait(30000));
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_GE(renewals(), 1);
    EXPECT_NE(m_user.api->accessToken(), tokenBefore);
    QFile file(job->targetPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), m_content);
}

TEST_F(ChunkedDownloadSession, RenewsOnceForAllConnectionsAndFailsWhenRefused)
{
    auto job = makeJob();
    job->renewSessionThrough(api());
    QSignalSpy progressed(job.get(), &ChunkedDownload::progressed);
    QSignalSpy finished(job.get(), &pli::Job::finished);
    job->start();
    while (job->bytesReceived() == 0)
        ASSERT_TRUE(progressed.wait(10000));
    job->pause();
    pli::test::expireAccessTokens(m_server);
    refuseRenewal(); // answered by the server while the other connections' 401s arrive
    job->resume();
    ASSERT_TRUE(job->isFinished() || finished.wait(30000));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(renewals(), 1);
}

TEST_F(ChunkedDownloadSession, ARenewedTokenStillRefusedFailsInsteadOfLooping)
{
    auto job = makeJob(staleAuthorizer()); // keeps sending the expired token
    job->renewSessionThrough(api());
    ASSERT_TRUE(runWithExpiredTokens(*job));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(renewals(), 1);
}

TEST_F(ChunkedDownloadSession, WithoutARefresherA401FailsAtOnce)
{
    auto job = makeJob();
    ASSERT_TRUE(runWithExpiredTokens(*job));
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
}
