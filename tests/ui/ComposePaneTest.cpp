// Replying in a conversation against the real pli-server: a message with two attachments
// uploaded (tus) then posted, shown on the right and stored on the server; an attachment over
// the 1 GB limit refused before any upload; an empty message refused; a failed post keeping the
// draft and the uploads so that Retry continues; screenshots in English and French.
#include "ConversationThreadFixture.h"

#include "compose/ComposePane.h"
#include "conversation/MessageCard.h"
#include "models/TransferListModel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;
using pli::ui::ComposePane;

namespace {

class Compose : public ConversationThreadFixture
{
protected:
    ComposePane *pane() const { return view->compose(); }

    void startReply(const std::string &conversationId)
    {
        openInView(conversationId);
        QTest::mouseClick(view->postButton(), Qt::LeftButton);
        ASSERT_TRUE(pane()->isVisible());
        ASSERT_FALSE(view->postButton()->isVisible());
    }

    nlohmann::json newestMessage(const std::string &conversationId)
    {
        auto res = getWith(*http, "/api/v1/conversations/" + conversationId + "/messages?limit=1",
                           marieToken);
        return jsonOf(res)["items"][0];
    }
};

TEST_F(Compose, RepliesWithTwoAttachmentsThatReachTheServer)
{
    const std::string id = budgetRequests(3);
    startReply(id);
    QByteArray first, second;
    const QString a = makeFile(QStringLiteral("forecast 2015.pdf"), 300 * 1024, &first);
    const QString b = makeFile(QStringLiteral("notes.txt"), 1234, &second);
    QTest::keyClicks(pane()->textEdit(), QStringLiteral("Here are the forecasts."));
    ASSERT_TRUE(pane()->addFiles({a, b}));
    EXPECT_EQ(pane()->files().size(), 2);
    EXPECT_TRUE(pane()->totalLabel()->text().startsWith(u"Total: 301.2 kB of 1 GB"_s))
        << pane()->totalLabel()->text().toStdString();
    screenshot(view.get(), QStringLiteral("compose-attachments"));

    QSignalSpy posted(view.get(), &pli::ui::ConversationView::messagePosted);
    QTest::mouseClick(pane()->submitButton(), Qt::LeftButton);
    EXPECT_TRUE(pane()->isBusy());
    ASSERT_TRUE(posted.wait(20000)) << pane()->errorLabel()->text().toStdString();

    EXPECT_FALSE(pane()->isVisible());
    EXPECT_TRUE(view->postButton()->isVisible());
    EXPECT_FALSE(pane()->hasDraft());
    pli::ui::MessageCard *card = view->cards().last();
    EXPECT_TRUE(card->message().mine);
    EXPECT_EQ(card->message().body, u"Here are the forecasts."_s);
    EXPECT_EQ(card->attachmentRows().size(), 2);
    EXPECT_EQ(view->countLabel()->text(), u"Showing 4 of 4 messages."_s);

    const auto stored = newestMessage(id);
    EXPECT_EQ(stored["body"], "Here are the forecasts.");
    ASSERT_EQ(stored["attachments"].size(), 2u);
    EXPECT_EQ(stored["attachments"][0]["name"], "forecast 2015.pdf");
    EXPECT_EQ(stored["attachments"][0]["size"], 300 * 1024);
    EXPECT_EQ(stored["attachments"][0]["sha256"],
              QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex().toStdString());
    EXPECT_EQ(stored["attachments"][1]["name"], "notes.txt");
    EXPECT_EQ(stored["attachments"][1]["sha256"],
              QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex().toStdString());
    screenshot(view.get(), QStringLiteral("compose-posted"));
}

TEST_F(Compose, RefusesAnAttachmentOverTheLimitBeforeUploading)
{
    startReply(budgetRequests(2));
    // Sparse: 1 GiB and one byte, without writing a gigabyte.
    const QString big = dir(QStringLiteral("sources")) + QStringLiteral("/huge.iso");
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1073741824LL + 1));
    }
    const QString small = makeFile(QStringLiteral("small.txt"), 10);
    ASSERT_TRUE(pane()->addFiles({small}));
    EXPECT_FALSE(pane()->addFiles({big}));
    EXPECT_TRUE(pane()->errorLabel()->isVisible());
    EXPECT_TRUE(pane()->errorLabel()->text().contains(u"at most 1 GB"_s))
        << pane()->errorLabel()->text().toStdString();
    EXPECT_EQ(pane()->files(), QStringList{small});           // what was there is kept
    EXPECT_EQ(view->downloads()->transfers()->rowCount(), 0); // nothing was sent
    screenshot(view.get(), QStringLiteral("compose-too-large"));
    useLanguage(QLocale::French);
    EXPECT_FALSE(pane()->addFiles({big}));
    EXPECT_TRUE(pane()->errorLabel()->text().contains(u"1 Go"_s) ||
                pane()->errorLabel()->text().contains(u"1,0 Go"_s))
        << pane()->errorLabel()->text().toStdString();
    EXPECT_EQ(pane()->submitButton()->text(), u"Soumettre"_s);
    EXPECT_EQ(pane()->browseButton()->text(), u"Parcourir…"_s);
    screenshot(view.get(), QStringLiteral("compose-too-large"));
}

TEST_F(Compose, AnEmptyMessageIsRefusedWithAClearMessage)
{
    startReply(budgetRequests(2));
    QTest::mouseClick(pane()->submitButton(), Qt::LeftButton);
    EXPECT_FALSE(pane()->isBusy());
    EXPECT_TRUE(pane()->errorLabel()->isVisible());
    EXPECT_EQ(pane()->errorLabel()->text(), u"Write a message before submitting it."_s);
}

TEST_F(Compose, AFailedPostKeepsTheDraftAndUploadsAndRetryContinues)
{
    const std::string id = budgetRequests(2);
    startReply(id);
    const QString a = makeFile(QStringLiteral("a.bin"), 20000);
    pane()->textEdit()->setPlainText(QStringLiteral("Second try"));
    ASSERT_TRUE(pane()->addFiles({a}));
    // The collaborator is deactivated while Jean writes: the post is refused.
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", marieUser);
    }
    QSignalSpy failed(pane(), &ComposePane::failed);
    QTest::mouseClick(pane()->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(pane()->isBusy());
    EXPECT_EQ(pane()->textEdit()->toPlainText(), u"Second try"_s);
    EXPECT_EQ(pane()->files().size(), 1);
    EXPECT_EQ(pane()->submitButton()->text(), u"Retry"_s);
    EXPECT_TRUE(pane()->errorLabel()->isVisible());
    TransferListModel *uploads = view->downloads()->transfers();
    ASSERT_EQ(uploads->rowCount(), 1);
    EXPECT_EQ(uploads->record(0).state, TransferRecord::State::Completed);
    screenshot(view.get(), QStringLiteral("compose-failed"));

    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 1 WHERE id = ?", marieUser);
    }
    QSignalSpy posted(pane(), &ComposePane::posted);
    QTest::mouseClick(pane()->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(posted.wait(20000)) << pane()->errorLabel()->text().toStdString();
    // The finished upload was reused, not sent again.
    EXPECT_EQ(uploads->rowCount(), 1);
    const auto stored = newestMessage(id);
    EXPECT_EQ(stored["body"], "Second try");
    EXPECT_EQ(stored["attachments"].size(), 1u);
}

TEST_F(Compose, FrenchComposePane)
{
    useLanguage(QLocale::French);
    startReply(budgetRequests(3));
    pane()->textEdit()->setPlainText(QStringLiteral("Voici les prévisions."));
    ASSERT_TRUE(pane()->addFiles({makeFile(QStringLiteral("prévisions 2015.pdf"), 300 * 1024),
                                  makeFile(QStringLiteral("notes.txt"), 1234)}));
    EXPECT_EQ(pane()->cancelButton()->text(), u"Annuler"_s);
    screenshot(view.get(), QStringLiteral("compose-attachments"));
    QSignalSpy posted(pane(), &ComposePane::posted);
    QTest::mouseClick(pane()->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(posted.wait(20000));
    screenshot(view.get(), QStringLiteral("compose-posted"));
}

} // namespace
