// ConversationView against the real pli-server: the header, "Showing 5 of 7", show next / show
// all, opening a message (the server's unread count falls), downloading an attachment (SHA-256
// compared), links and HTML in bodies, expired messages, a read-only conversation, Back; and,
// in test cases of their own, screenshots of those states in English and French.
#include "ConversationThreadFixture.h"
#include "ScopedTimeZone.h"

#include "compose/ComposePane.h"
#include "conversation/AttachmentRow.h"
#include "conversation/MessageCard.h"
#include "conversation/MessageCardList.h"
#include "widgets/StatePane.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;
using pli::ui::MessageCard;

namespace {

class ConversationView : public ConversationThreadFixture
{
protected:
    QStringList bodies() const
    {
        QStringList out;
        for (MessageCard *card : view->cards())
            out.append(card->message().body);
        return out;
    }

    // "Budget requests" sent 2 February 2015, 15:14:18 in Toronto, kept until 2099; the newest
    // message expires in three days.
    std::string budgetRequestsOf2015()
    {
        const std::string id = budgetRequests(7);
        auto guard = server.db().lock();
        server.db().execute("UPDATE messages SET sent_at = 1422908058, expires_at = 4073660058");
        server.db().execute("UPDATE messages SET expires_at = ? WHERE body = 'message 7'",
                            std::int64_t(QDateTime::currentSecsSinceEpoch() + 3 * 24 * 3600));
        return id;
    }
};

TEST_F(ConversationView, ShowsTheNewestFiveWithTheNewestAtTheBottom)
{
    openInView(budgetRequests());
    EXPECT_EQ(view->titleLabel()->text(), u"Budget requests"_s);
    EXPECT_EQ(view->ownerLabel()->text(), u"marie.unetelle@innovactione.com – Innovactione"_s);
    EXPECT_EQ(view->countLabel()->text(), u"Showing 5 of 7 messages."_s);
    EXPECT_EQ(view->showNextButton()->text(), u"Show next 2 messages"_s);
    EXPECT_TRUE(view->showNextButton()->isVisible());
    // Both, as the portal showed them, even though they would load the same two messages.
    EXPECT_TRUE(view->showAllButton()->isVisible());
    EXPECT_EQ(view->showAllButton()->text(), u"Show all 7 messages"_s);
    EXPECT_EQ(bodies(), (QStringList{u"message 3"_s, u"message 4"_s, u"message 5"_s, u"message 6"_s,
                                     u"message 7"_s}));
    // Jean's own messages on the right, Marie's on the left.
    EXPECT_TRUE(view->cards().at(1)->message().mine);
    EXPECT_FALSE(view->cards().at(0)->message().mine);
    // Scrolled to the newest.
    QScrollBar *bar = view->scrollArea()->verticalScrollBar();
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->value() == bar->maximum(); }, 2000));
    EXPECT_TRUE(view->postButton()->isEnabled());
    EXPECT_FALSE(view->readOnlyBanner()->isVisible());
}

TEST_F(ConversationView, ShowNextThenShowAllLoadOlderMessagesAbove)
{
    openInView(budgetRequests(12));
    EXPECT_EQ(view->countLabel()->text(), u"Showing 5 of 12 messages."_s);
    EXPECT_EQ(view->showNextButton()->text(), u"Show next 5 messages"_s);
    EXPECT_EQ(view->showAllButton()->text(), u"Show all 12 messages"_s);
    QSignalSpy loaded(view.get(), &pli::ui::ConversationView::loaded);
    QTest::mouseClick(view->showNextButton(), Qt::LeftButton);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view->countLabel()->text(), u"Showing 10 of 12 messages."_s);
    EXPECT_EQ(view->cards().size(), 10);
    EXPECT_EQ(view->cards().first()->message().body, u"message 3"_s);
    EXPECT_EQ(view->showNextButton()->text(), u"Show next 2 messages"_s);
    QTest::mouseClick(view->showNextButton(), Qt::LeftButton);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view->cards().size(), 12);
    EXPECT_EQ(view->cards().first()->message().attachments.size(), 1);
    EXPECT_FALSE(view->showNextButton()->isVisible());
    EXPECT_EQ(view->countLabel()->text(), u"Showing 12 of 12 messages."_s);

    openInView(budgetRequests(9));
    QTest::mouseClick(view->showAllButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->thread()->remaining() == 0; }, 10000));
    EXPECT_EQ(view->cards().size(), 9);
    EXPECT_EQ(bodies().last(), u"message 9"_s);
}

TEST_F(ConversationView, ShowAllLoadsEverythingWhenItMatchesShowNextThenBothGo)
{
    openInView(budgetRequests(7));
    ASSERT_TRUE(view->showAllButton()->isVisible());
    QSignalSpy loaded(view.get(), &pli::ui::ConversationView::loaded);
    QTest::mouseClick(view->showAllButton(), Qt::LeftButton);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view->cards().size(), 7);
    EXPECT_EQ(view->countLabel()->text(), u"Showing 7 of 7 messages."_s);
    EXPECT_FALSE(view->showNextButton()->isVisible());
    EXPECT_FALSE(view->showAllButton()->isVisible());
}

TEST_F(ConversationView, CardsShowDatesInTheComputersZoneWithItsAbbreviation)
{
    const ScopedTimeZone toronto("America/Toronto");
    openInView(budgetRequestsOf2015());
    ASSERT_EQ(view->cards().size(), 5);
    const QString far = view->cards().first()->datesLabel()->text();
    EXPECT_TRUE(far.contains(u"Sent Feb 2, 2015 – 3:14:18 PM EST"_s)) << far.toStdString();
    EXPECT_TRUE(far.contains(u"Expires on Feb 1, 2099 – 3:14:18 PM EST"_s)) << far.toStdString();
    EXPECT_FALSE(far.contains(u"#b3261e"_s)) << far.toStdString(); // not highlighted: years away
    const QString soon = view->cards().last()->datesLabel()->text();
    EXPECT_TRUE(soon.contains(u"#b3261e"_s)) << soon.toStdString(); // highlighted: within 7 days
    EXPECT_TRUE(soon.contains(u"Expires on "_s)) << soon.toStdString();
    EXPECT_TRUE(view->showNextButton()->isVisible());
    EXPECT_TRUE(view->showAllButton()->isVisible());

    useLanguage(QLocale::French);
    const QString french = view->cards().first()->datesLabel()->text();
    EXPECT_TRUE(french.contains(u"2 févr. 2015 – 15:14:18 HNE"_s)) << french.toStdString();
    EXPECT_TRUE(french.contains(u"1 févr. 2099 – 15:14:18 HNE"_s)) << french.toStdString();
}

TEST_F(ConversationView, LongThreadsBuildCardsInBatchesAsTheReaderScrollsUp)
{
    openInView(budgetRequests(45));
    QTest::mouseClick(view->showAllButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->thread()->remaining() == 0; }, 10000));
    QTest::qWait(100);
    // 45 rows loaded, but only some batches of them have widgets.
    EXPECT_EQ(view->thread()->rowCount(), 45);
    EXPECT_LE(view->cards().size(), 5 + 2 * pli::ui::MessageCardList::BuildBatch);
    EXPECT_EQ(view->cards().last()->message().body, u"message 45"_s);
    // Reaching the top builds the next batch, until the oldest message.
    QScrollBar *bar = view->scrollArea()->verticalScrollBar();
    for (int i = 0; i < 5 && view->cards().size() < 45; ++i) {
        bar->setValue(bar->maximum());
        QTest::qWait(20);
        bar->setValue(0);
        QTest::qWait(20);
    }
    EXPECT_EQ(view->cards().size(), 45);
    EXPECT_EQ(view->cards().first()->message().attachments.size(), 1);
}

TEST_F(ConversationView, OpeningAMessageMarksItOpenedAndTheUnreadCountFalls)
{
    openInView(budgetRequests(2));
    const int before = unreadOfJean();
    ASSERT_EQ(before, 1);
    MessageCard *card = view->cards().first(); // message 1, from Marie, not opened
    ASSERT_FALSE(card->message().mine);
    ASSERT_TRUE(card->openButton()->isVisible());
    EXPECT_FALSE(card->bodyLabel()->isVisible());
    EXPECT_TRUE(card->attachmentRows().isEmpty());
    QSignalSpy unread(view.get(), &pli::ui::ConversationView::unreadChanged);
    QTest::mouseClick(card->openButton(), Qt::LeftButton);
    ASSERT_TRUE(unread.wait(10000));
    card = view->cards().first();
    EXPECT_TRUE(card->message().opened);
    EXPECT_FALSE(card->openButton()->isVisible());
    EXPECT_TRUE(card->bodyLabel()->isVisible());
    EXPECT_EQ(card->attachmentRows().size(), 1);
    EXPECT_EQ(unreadOfJean(), 0);
}

TEST_F(ConversationView, BodiesArePlainTextWithClickableLinksAndMoreLess)
{
    const std::string id = budgetRequests(2);
    auto res = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                        {{"body", "<b>not bold</b> <img src=x> see https://example.org/a?b=1&c=2"}},
                        marieToken);
    ASSERT_EQ(res->status, 201);
    openInView(id);
    MessageCard *html = view->cards().last();
    QTest::mouseClick(html->openButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view->cards().last()->bodyLabel()->isVisible(); }, 10000));
    const QString shown = view->cards().last()->bodyLabel()->text();
    EXPECT_TRUE(shown.contains(u"&lt;b&gt;not bold&lt;/b&gt;"_s)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u"<img"_s));
    EXPECT_TRUE(shown.contains(uR"(<a href="https://example.org/a?b=1&amp;c=2">)"_s))
        << shown.toStdString();

    MessageCard *first = view->cards().first(); // Marie's long first message
    QTest::mouseClick(first->openButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view->cards().first()->moreButton()->isVisible(); }, 10000));
    first = view->cards().first();
    EXPECT_EQ(first->moreButton()->text(), u"More…"_s);
    EXPECT_FALSE(first->bodyLabel()->text().contains(u"Regards"_s))
        << first->bodyLabel()->text().toStdString();
    QTest::mouseClick(first->moreButton(), Qt::LeftButton);
    EXPECT_EQ(first->moreButton()->text(), u"Less"_s);
    EXPECT_TRUE(first->bodyLabel()->text().contains(u"Regards"_s));
}

TEST_F(ConversationView, DownloadsAnAttachmentWithProgressThenOfferOpenAndShowInFolder)
{
    openInView(budgetRequests(2));
    MessageCard *card = view->cards().first();
    QTest::mouseClick(card->openButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view->cards().first()->attachmentRows().isEmpty(); }, 10000));
    pli::ui::AttachmentRow *row = view->cards().first()->attachmentRows().first();
    EXPECT_EQ(row->downloadButton()->text(), u"devis_2015.xlsx (17.4 kB)"_s);
    EXPECT_FALSE(row->openButton()->isVisible());
    QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->openButton()->isVisible(); }, 15000));
    EXPECT_TRUE(row->showInFolderButton()->isVisible());
    EXPECT_FALSE(row->progressBar()->isVisible());
    const QString path = row->downloadedPath();
    EXPECT_EQ(QFileInfo(path).fileName(), u"devis_2015.xlsx"_s);
    EXPECT_EQ(QFileInfo(path).absolutePath(), view->downloads()->directory());
    EXPECT_EQ(sha256Of(path),
              QCryptographicHash::hash(spreadsheet, QCryptographicHash::Sha256).toHex());
    // The download is in the account's transfer list too (the transfers panel shows it).
    EXPECT_EQ(view->downloads()->transfers()->rowCount(), 1);
}

TEST_F(ConversationView, ExpiredMessagesSaySoInsteadOfOfferingTheirAttachments)
{
    const std::string id = budgetRequests(2);
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE messages SET expires_at = 1000 WHERE body LIKE 'Hello%'");
    }
    openInView(id);
    MessageCard *card = view->cards().first();
    EXPECT_TRUE(card->message().expired);
    EXPECT_FALSE(card->openButton()->isVisible());
    EXPECT_TRUE(card->attachmentRows().isEmpty());
    EXPECT_FALSE(card->bodyLabel()->isVisible());
}

TEST_F(ConversationView, ReadOnlyConversationShowsABannerAndCannotBeAnswered)
{
    const std::string id = budgetRequests(3);
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", marieUser);
    }
    openInView(id);
    EXPECT_TRUE(view->readOnlyBanner()->isVisible());
    EXPECT_TRUE(view->readOnlyBanner()->text().contains(u"read-only"_s));
    EXPECT_FALSE(view->postButton()->isEnabled());
    QTest::mouseClick(view->postButton(), Qt::LeftButton);
    EXPECT_FALSE(view->compose()->isVisible());
    useLanguage(QLocale::French);
    EXPECT_TRUE(view->readOnlyBanner()->text().contains(u"lecture seule"_s));
}

TEST_F(ConversationView, BackButtonAndKeysReturnToTheList)
{
    openInView(budgetRequests(2));
    QSignalSpy back(view.get(), &pli::ui::ConversationView::backRequested);
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    EXPECT_EQ(back.count(), 1);
    // Shortcuts need the active window; another test program sharing the display (ctest -j)
    // may take it: ask again.
    for (int i = 0; i < 5 && !view->isActiveWindow(); ++i) {
        view->activateWindow();
        (void)QTest::qWaitForWindowActive(view.get(), 1000);
    }
    ASSERT_TRUE(view->isActiveWindow());
    view->backButton()->setFocus();
    QTest::keyClick(view->backButton(), Qt::Key_Escape);
    EXPECT_EQ(back.count(), 2);
    QTest::keyClick(view->backButton(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(back.count(), 3);
}

TEST_F(ConversationView, ServerErrorsAreShownWithTryAgain)
{
    openInView(budgetRequests(2));
    view->open(&api, transfers->forAccount(QStringLiteral("jean"), &api),
               QStringLiteral("no-such-conversation"));
    // No reply before the server has said the conversation exists and is not read-only.
    EXPECT_FALSE(view->postButton()->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view->statePane()->kind() == pli::ui::StatePane::Kind::Error; }, 10000));
    EXPECT_TRUE(view->statePane()->isVisible());
    EXPECT_FALSE(view->postButton()->isEnabled());
}

TEST_F(ConversationView, FrenchLabelsFollowTheGuide)
{
    useLanguage(QLocale::French);
    openInView(budgetRequests());
    EXPECT_EQ(view->countLabel()->text(), u"Montrant 5 de 7 messages."_s);
    EXPECT_EQ(view->showNextButton()->text(), u"Afficher les 2 messages suivants"_s);
    EXPECT_EQ(view->showAllButton()->text(), u"Afficher tous les 7 messages"_s);
    EXPECT_EQ(view->postButton()->text(), u"Afficher un message"_s);
    EXPECT_EQ(view->backButton()->text(), u"Retour"_s);
    EXPECT_EQ(view->cards().last()->openButton()->text(), u"Ouvrir"_s);
    QTest::mouseClick(view->showNextButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 7; }, 10000));
    MessageCard *first = view->cards().first();
    QTest::mouseClick(first->openButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view->cards().first()->attachmentRows().isEmpty(); }, 10000));
    pli::ui::AttachmentRow *row = view->cards().first()->attachmentRows().first();
    QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->openButton()->isVisible(); }, 15000));
    EXPECT_EQ(row->openButton()->text(), u"Ouvrir"_s);
}

// Screenshots (<build>/screenshots/<en|fr>/conversation-*.png), for people to look at: the
// states of the tests above, in both languages.
class ConversationViewScreenshots : public ConversationView
{
protected:
    // Opens the first message of the conversation shown and downloads its attachment.
    void downloadFirstAttachment()
    {
        QTest::mouseClick(view->cards().first()->openButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !view->cards().first()->attachmentRows().isEmpty(); }, 10000));
        pli::ui::AttachmentRow *row = view->cards().first()->attachmentRows().first();
        QTest::mouseClick(row->downloadButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return row->openButton()->isVisible(); }, 15000));
    }

    void makeMarieInactive()
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", marieUser);
    }
};

TEST_F(ConversationViewScreenshots, English)
{
    openInView(budgetRequests());
    screenshot(view.get(), QStringLiteral("conversation-newest"));

    openInView(budgetRequests(2));
    screenshot(view.get(), QStringLiteral("conversation-unopened"));
    ASSERT_NO_FATAL_FAILURE(downloadFirstAttachment());
    screenshot(view.get(), QStringLiteral("conversation-downloaded"));

    const std::string readOnly = budgetRequests(3);
    makeMarieInactive();
    openInView(readOnly);
    ASSERT_TRUE(view->readOnlyBanner()->isVisible());
    screenshot(view.get(), QStringLiteral("conversation-read-only"));
}

TEST_F(ConversationViewScreenshots, French)
{
    useLanguage(QLocale::French);
    openInView(budgetRequests());
    screenshot(view.get(), QStringLiteral("conversation-newest"));
    screenshot(view.get(), QStringLiteral("conversation-unopened"));
    QTest::mouseClick(view->showNextButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 7; }, 10000));
    ASSERT_NO_FATAL_FAILURE(downloadFirstAttachment());
    view->scrollArea()->verticalScrollBar()->setValue(0);
    screenshot(view.get(), QStringLiteral("conversation-downloaded"));

    const std::string readOnly = budgetRequests(3);
    makeMarieInactive();
    openInView(readOnly);
    ASSERT_TRUE(view->readOnlyBanner()->isVisible());
    screenshot(view.get(), QStringLiteral("conversation-read-only"));
}

TEST_F(ConversationViewScreenshots, DatesInBothLanguages)
{
    const ScopedTimeZone toronto("America/Toronto");
    openInView(budgetRequestsOf2015());
    screenshot(view.get(), QStringLiteral("conversation-dates"));
    useLanguage(QLocale::French);
    screenshot(view.get(), QStringLiteral("conversation-dates"));
}

} // namespace
