// The transfers panel on the accounts' transfer lists against the real pli-server: a finished
// download listed with Show in folder, a paused upload that reappears after a restart and
// resumes from the panel, the status-bar summary; screenshots (test cases of their own) in
// English and French.
#include "ConversationThreadFixture.h"

#include "conversation/AttachmentRow.h"
#include "conversation/MessageCard.h"
#include "models/TransferListModel.h"
#include "transfers/TransferDelegate.h"
#include "transfers/TransfersDock.h"
#include "transfers/TransfersPanel.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;
using pli::ui::TransfersPanel;

namespace {

class Transfers : public ConversationThreadFixture
{
protected:
    UploadRequest uploadOf(const QString &path)
    {
        UploadRequest request;
        request.endpoint = api.endpoint(QStringLiteral("/uploads"));
        request.filePath = path;
        return request;
    }

    // Downloads the spreadsheet of "Budget requests" through the conversation view.
    void downloadTheSpreadsheet()
    {
        openInView(budgetRequests(2));
        QTest::mouseClick(view->cards().first()->openButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !view->cards().first()->attachmentRows().isEmpty(); }, 10000));
        auto *row = view->cards().first()->attachmentRows().first();
        QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return row->openButton()->isVisible(); }, 15000));
    }

    // Uploads a file of 2 MiB as the account's only transfer, until it finishes.
    void uploadAFile()
    {
        TransferListModel *model = transfers->forAccount(QStringLiteral("jean"), &api);
        model->addUpload(uploadOf(makeFile(QStringLiteral("a.bin"), 2 * 1024 * 1024)));
        QSignalSpy finished(model, &TransferListModel::transferFinished);
        ASSERT_TRUE(finished.wait(20000));
    }
};

TEST_F(Transfers, AFinishedDownloadIsListedWithShowInFolder)
{
    TransfersPanel panel(transfers.get());
    panel.resize(640, 240);
    EXPECT_FALSE(panel.list()->isVisibleTo(&panel));
    ASSERT_NO_FATAL_FAILURE(downloadTheSpreadsheet());
    ASSERT_EQ(panel.list()->model()->rowCount(), 1);
    panel.select(0);
    EXPECT_EQ(pli::ui::TransferDelegate::detailText(panel.list()->currentIndex()),
              u"Done – 17.4 kB"_s);
    EXPECT_TRUE(panel.showInFolderButton()->isEnabled());
    EXPECT_FALSE(panel.pauseButton()->isEnabled());
    QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
    EXPECT_EQ(panel.list()->model()->rowCount(), 0);
}

TEST_F(Transfers, APausedUploadReappearsAfterARestartAndResumes)
{
    const QString file = makeFile(QStringLiteral("big.bin"), 3 * 1024 * 1024);
    {
        pli::ui::AccountTransfers before;
        before.setStorageDirectory(dir(QStringLiteral("restart")));
        TransfersPanel panel(&before);
        TransferListModel *model = before.forAccount(QStringLiteral("jean"), &api);
        model->addUpload(uploadOf(file));
        panel.select(0);
        ASSERT_TRUE(panel.pauseButton()->isEnabled());
        QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
        EXPECT_EQ(model->record(0).state, TransferRecord::State::Paused);
    }
    // The next run of the application.
    pli::ui::AccountTransfers after;
    after.setStorageDirectory(dir(QStringLiteral("restart")));
    TransfersPanel panel(&after);
    TransferListModel *model = after.forAccount(QStringLiteral("jean"), &api);
    ASSERT_EQ(panel.list()->model()->rowCount(), 1);
    panel.select(0);
    EXPECT_TRUE(pli::ui::TransferDelegate::detailText(panel.list()->currentIndex())
                    .startsWith(u"Paused at"_s));
    ASSERT_TRUE(panel.resumeButton()->isEnabled());
    QSignalSpy finished(model, &TransferListModel::transferFinished);
    QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.first().at(1).toBool());
    EXPECT_FALSE(model->record(0).uploadId.isEmpty());
}

TEST_F(Transfers, TheStatusButtonSummarisesActiveTransfersAndTogglesTheDock)
{
    pli::ui::TransfersDock dock(transfers.get());
    EXPECT_EQ(dock.statusButton()->text(), u"Transfers"_s);
    TransferListModel *model = transfers->forAccount(QStringLiteral("jean"), &api);
    model->addUpload(uploadOf(makeFile(QStringLiteral("a.bin"), 2 * 1024 * 1024)));
    EXPECT_TRUE(dock.statusButton()->text().startsWith(u"1 transfer running"_s))
        << dock.statusButton()->text().toStdString();
    QSignalSpy finished(model, &TransferListModel::transferFinished);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(dock.statusButton()->text(), u"Transfers"_s);
    dock.hide();
    QTest::mouseClick(dock.statusButton(), Qt::LeftButton);
    EXPECT_TRUE(dock.isVisible());
    useLanguage(QLocale::French);
    EXPECT_EQ(dock.statusButton()->text(), u"Transferts"_s);
}

// Screenshots (<build>/screenshots/<en|fr>/transfers-*.png), for people to look at.
TEST_F(Transfers, ScreenshotOfAFinishedDownload)
{
    TransfersPanel panel(transfers.get());
    panel.resize(640, 240);
    ASSERT_NO_FATAL_FAILURE(downloadTheSpreadsheet());
    panel.select(0);
    panel.show();
    screenshot(&panel, QStringLiteral("transfers-done"));
}

TEST_F(Transfers, ScreenshotsOfTheDockInBothLanguages)
{
    pli::ui::TransfersDock dock(transfers.get());
    ASSERT_NO_FATAL_FAILURE(uploadAFile());
    dock.show();
    dock.resize(640, 200);
    screenshot(&dock, QStringLiteral("transfers-dock"));
    useLanguage(QLocale::French);
    screenshot(&dock, QStringLiteral("transfers-dock"));
}

} // namespace
