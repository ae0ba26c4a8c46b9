// TransferListModel: rows, roles and actions through QAbstractItemModelTester, and the saved
// list that brings unfinished transfers back after a restart.
#include "models/TransferListModel.h"
#include "ScriptedHttpServer.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using pli::Error;
using pli::TransferListModel;
using pli::TransferRecord;
using pli::test::ScriptedHttpServer;
using State = TransferRecord::State;

namespace {

class TransferListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_content = QByteArray(600 * 1024, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(m_content.data()),
                                      m_content.size() / 4);
        m_server.setContent(m_content);
        m_storage = m_dir.filePath(QStringLiteral("state/transfers.json"));
    }

    std::unique_ptr<TransferListModel> makeModel()
    {
        auto model = std::make_unique<TransferListModel>(&m_network, nullptr, m_storage);
        pli::DownloadOptions options;
        options.chunkSize = 64 * 1024;
        options.connections = 2;
        options.progressIntervalMs = 10;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 20;
        options.retry.maxAttempts = 1;
        model->setDownloadOptions(options);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return model;
    }

    pli::DownloadRequest downloadRequest() const
    {
        pli::DownloadRequest request;
        request.url = QUrl(QString::fromLatin1(m_server.baseUrl() + "/files/report.pdf"));
        request.directory = m_dir.filePath(QStringLiteral("downloads"));
        request.fileName = QStringLiteral("report.pdf");
        return request;
    }

    bool waitForState(TransferListModel &model, int row, State state)
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 200; ++i) {
            if (model.data(model.index(row), TransferListModel::StateRole).toInt() == int(state))
                return true;
            changed.wait(100);
        }
        return false;
    }

    QTemporaryDir m_dir;
    QByteArray m_content;
    QString m_storage;
    ScriptedHttpServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(TransferListModelTest, ShowsADownloadFromStartToFinish)
{
    auto model = makeModel();
    const QString id = model->addDownload(downloadRequest());
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex row = model->index(0);
    EXPECT_EQ(row.data(TransferListModel::IdRole).toString(), id);
    EXPECT_EQ(row.data(Qt::DisplayRole).toString(), QStringLiteral("report.pdf"));
    ASSERT_TRUE(waitForState(*model, 0, State::Completed));
    EXPECT_EQ(row.data(TransferListModel::BytesDoneRole).toLongLong(), m_content.size());
    EXPECT_DOUBLE_EQ(row.data(TransferListModel::ProgressRole).toDouble(), 1.0);
    EXPECT_FALSE(row.data(TransferListModel::CanPauseRole).toBool());
    EXPECT_FALSE(row.data(TransferListModel::CanCancelRole).toBool());
    EXPECT_EQ(row.data(TransferListModel::FolderRole).toUrl(),
              QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("downloads"))));
    QFile file(row.data(TransferListModel::PathRole).toString());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), m_content);
    model->clearFinished();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(TransferListModelTest, ReportsAFailureAndRetriesIt)
{
    m_server.setScript(
        [](const ScriptedHttpServer::Request &, int index, ScriptedHttpServer::Reply &reply) {
            if (index > 1) // the first request and its one retry
                return false;
            reply.status = 503;
            return true;
        });
    auto model = makeModel();
    model->addDownload(downloadRequest());
    ASSERT_TRUE(waitForState(*model, 0, State::Failed));
    const QModelIndex row = model->index(0);
    EXPECT_EQ(row.data(TransferListModel::ErrorCodeRole).toInt(), int(Error::Code::Server));
    EXPECT_FALSE(row.data(TransferListModel::ErrorRole).toString().isEmpty());
    EXPECT_TRUE(row.data(TransferListModel::CanRetryRole).toBool());
    ASSERT_TRUE(model->retry(0));
    ASSERT_TRUE(waitForState(*model, 0, State::Completed));
    EXPECT_TRUE(row.data(TransferListModel::ErrorRole).toString().isEmpty());
}

TEST_F(TransferListModelTest, RefusedUploadShowsTheReason)
{
    const QString big = m_dir.filePath(QStringLiteral("big.iso"));
    QFile sparse(big);
    ASSERT_TRUE(sparse.open(QIODevice::WriteOnly));
    ASSERT_TRUE(sparse.resize(pli::TusUpload::maxFileSize + 1));
    sparse.close();
    auto model = makeModel();
    pli::UploadRequest request;
    request.endpoint = QUrl(QString::fromLatin1(m_server.baseUrl() + "/api/v1/uploads"));
    request.filePath = big;
    model->addUpload(request);
    ASSERT_TRUE(waitForState(*model, 0, State::Failed));
    EXPECT_EQ(model->index(0).data(TransferListModel::ErrorCodeRole).toInt(),
              int(Error::Code::TooLarge));
    EXPECT_EQ(model->index(0).data(TransferListModel::KindRole).toInt(),
              int(TransferRecord::Kind::Upload));
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(TransferListModelTest, PausesResumesAndCancels)
{
    // Actions taken before the event loop runs: deterministic, whatever the speed.
    auto model = makeModel();
    model->addDownload(downloadRequest());
    model->addDownload(downloadRequest());
    ASSERT_TRUE(model->pause(0));
    EXPECT_EQ(model->index(0).data(TransferListModel::StateRole).toInt(), int(State::Paused));
    EXPECT_TRUE(model->index(0).data(TransferListModel::CanResumeRole).toBool());
    EXPECT_FALSE(model->pause(0)) << "already paused";
    ASSERT_TRUE(model->cancel(1));
    ASSERT_TRUE(waitForState(*model, 1, State::Cancelled));
    ASSERT_TRUE(model->resume(0));
    ASSERT_TRUE(waitForState(*model, 0, State::Completed));
    // Two different files: the second download never took the first one's name.
    EXPECT_NE(model->index(0).data(TransferListModel::PathRole).toString(),
              model->index(1).data(TransferListModel::PathRole).toString());
    EXPECT_FALSE(QFile::exists(model->index(1).data(TransferListModel::PathRole).toString() +
                               QStringLiteral(".part")));
}

TEST_F(TransferListModelTest, UnfinishedTransfersReappearAfterARestart)
{
    bool slow = true; // chunks after the third are held back until the "restart"
    m_server.setScript([&](const ScriptedHttpServer::Request &request, int index,
                           ScriptedHttpServer::Reply &reply) {
        if (index < 3 || !slow)
            return false;
        reply = m_server.defaultReply(request);
        reply.delayMs = 3000;
        return true;
    });
    QString path;
    {
        auto model = makeModel();
        model->addDownload(downloadRequest());
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // Stop as soon as some bytes are on disk (the journal exists), then "quit".
        while (model->index(0).data(TransferListModel::BytesDoneRole).toLongLong() < 3 * 64 * 1024)
            ASSERT_TRUE(changed.wait(5000));
        ASSERT_TRUE(model->pause(0));
        path = model->index(0).data(TransferListModel::PathRole).toString();
        m_tester.reset();
    }
    ASSERT_TRUE(QFile::exists(m_storage));
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".part")));

    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0).data(TransferListModel::StateRole).toInt(), int(State::Paused));
    EXPECT_EQ(model->index(0).data(TransferListModel::PathRole).toString(), path);
    const auto requestsBefore = m_server.requests().size();
    slow = false;
    ASSERT_TRUE(model->resume(0));
    ASSERT_TRUE(waitForState(*model, 0, State::Completed));
    EXPECT_EQ(model->index(0).data(TransferListModel::PathRole).toString(), path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), m_content);
    EXPECT_LT(m_server.requests().size() - requestsBefore, 10) << "continued, not restarted";
}
