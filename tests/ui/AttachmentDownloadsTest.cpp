// Where a clicked attachment goes, against the real pli-server: straight into the Downloads
// folder by default; with "Ask where to save each file" set, into the place the person answers
// (the question offers the sanitised server name, in the folder chosen last), replacing the file
// there when the person agreed to; cancelling the question starts nothing.
#include "ConversationThreadFixture.h"

#include "conversation/AttachmentRow.h"
#include "conversation/DownloadPreferences.h"
#include "conversation/MessageCard.h"
#include "models/TransferListModel.h"
#include "transfers/SafeFileName.h"

#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;
using pli::ui::AttachmentRow;
using pli::ui::DownloadPreferences;

namespace {

class AttachmentDownloads : public ConversationThreadFixture
{
protected:
    struct Question
    {
        QWidget *parent = nullptr;
        QString suggested;
    };
    QList<Question> questions;
    QString answer; // what the person chooses; empty: Cancel

    void SetUp() override
    {
        ConversationThreadFixture::SetUp();
        DownloadPreferences::setAskWhereToSave(false);
        DownloadPreferences::setLastFolder({});
        view->downloads()->setSaveLocationQuestion(
            [this](QWidget *parent, const QString &suggested) {
                questions.append({parent, suggested});
                return answer;
            });
    }

    void TearDown() override
    {
        DownloadPreferences::setAskWhereToSave(false);
        DownloadPreferences::setLastFolder({});
        ConversationThreadFixture::TearDown();
    }

    // Opens the conversation and the first message, and returns the row of its attachment.
    AttachmentRow *firstAttachment(const std::string &conversationId)
    {
        openInView(conversationId);
        QTest::mouseClick(view->cards().first()->openButton(), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !view->cards().first()->attachmentRows().isEmpty(); }, 10000));
        return view->cards().first()->attachmentRows().value(0);
    }

    QString download(AttachmentRow *row)
    {
        QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return row->openButton()->isVisible(); }, 15000));
        return row->downloadedPath();
    }

    QByteArray spreadsheetHash() const
    {
        return QCryptographicHash::hash(spreadsheet, QCryptographicHash::Sha256).toHex();
    }
};

TEST_F(AttachmentDownloads, GoStraightToTheDownloadsFolderByDefault)
{
    AttachmentRow *row = firstAttachment(budgetRequests(2));
    ASSERT_TRUE(row);
    const QString path = download(row);
    EXPECT_TRUE(questions.isEmpty());
    EXPECT_EQ(path, view->downloads()->directory() + u"/devis_2015.xlsx"_s);
    EXPECT_EQ(sha256Of(path), spreadsheetHash());
}

TEST_F(AttachmentDownloads, AskWhereToSaveStartingFromTheFolderChosenLast)
{
    DownloadPreferences::setAskWhereToSave(true);
    AttachmentRow *row = firstAttachment(budgetRequests(2));
    ASSERT_TRUE(row);
    answer = dir(QStringLiteral("Projects/2015")) + u"/quote.xlsx"_s;
    EXPECT_EQ(download(row), answer);
    ASSERT_EQ(questions.size(), 1);
    // The first time: the Downloads folder, the server's name, the dialog over the row.
    EXPECT_EQ(questions.first().suggested, view->downloads()->directory() + u"/devis_2015.xlsx"_s);
    EXPECT_EQ(questions.first().parent, row);
    EXPECT_EQ(sha256Of(answer), spreadsheetHash());
    EXPECT_EQ(DownloadPreferences::lastFolder(), dir(QStringLiteral("Projects/2015")));
    EXPECT_FALSE(QFileInfo::exists(view->downloads()->directory() + u"/devis_2015.xlsx"_s));

    // The next time starts where the last file went.
    answer = dir(QStringLiteral("Projects/2015")) + u"/second copy.xlsx"_s;
    EXPECT_EQ(download(row), answer);
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions.last().suggested,
              dir(QStringLiteral("Projects/2015")) + u"/devis_2015.xlsx"_s);
}

TEST_F(AttachmentDownloads, CancellingTheQuestionStartsNothing)
{
    DownloadPreferences::setAskWhereToSave(true);
    AttachmentRow *row = firstAttachment(budgetRequests(2));
    ASSERT_TRUE(row);
    answer.clear();
    QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
    EXPECT_EQ(questions.size(), 1);
    EXPECT_EQ(view->downloads()->transfers()->rowCount(), 0);
    EXPECT_EQ(view->downloads()->status(row->attachment().id).state,
              pli::ui::AttachmentDownloads::State::None);
    EXPECT_FALSE(row->progressBar()->isVisible());
    EXPECT_FALSE(row->openButton()->isVisible());
    EXPECT_TRUE(row->downloadButton()->isEnabled());
    EXPECT_TRUE(DownloadPreferences::lastFolder().isEmpty());
}

TEST_F(AttachmentDownloads, TheQuestionOffersTheSanitisedServerName)
{
    DownloadPreferences::setAskWhereToSave(true);
    const std::string id = budgetRequests(1);
    // A name no desktop file system should be given as it is.
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE attachments SET name = ?", std::string("..\\CON:budget?.xlsx"));
    }
    AttachmentRow *row = firstAttachment(id);
    ASSERT_TRUE(row);
    answer.clear();
    QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
    ASSERT_EQ(questions.size(), 1);
    const QString offered = QFileInfo(questions.first().suggested).fileName();
    EXPECT_EQ(offered, SafeFileName::sanitize(u"..\\CON:budget?.xlsx"_s));
    EXPECT_FALSE(offered.contains(u':') || offered.contains(u'?') || offered.contains(u'\\'))
        << offered.toStdString();
}

TEST_F(AttachmentDownloads, ReplacingAFileTheQuestionPointedAtKeepsTheOldOneInTheTrash)
{
    DownloadPreferences::setAskWhereToSave(true);
    AttachmentRow *row = firstAttachment(budgetRequests(2));
    ASSERT_TRUE(row);
    answer = dir(QStringLiteral("Projects")) + u"/devis.xlsx"_s;
    {
        QFile old(answer);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last year's quote");
    }
    EXPECT_EQ(download(row), answer);
    EXPECT_EQ(sha256Of(answer), spreadsheetHash());
    EXPECT_EQ(QDir(dir(QStringLiteral("Projects"))).entryList(QDir::Files),
              QStringList{u"devis.xlsx"_s});
    // The old file was not destroyed: it waits in the trash.
    QFile trashed(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  u"/Trash/files/devis.xlsx"_s);
    ASSERT_TRUE(trashed.open(QIODevice::ReadOnly)) << trashed.fileName().toStdString();
    EXPECT_EQ(trashed.readAll(), "last year's quote");
}

} // namespace
