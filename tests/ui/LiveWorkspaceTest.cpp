// The workspace following the server's live updates (GET /events, keep-alive 1 s): a
// collaborator writes or the participant reads elsewhere, and the badge and the list change
// without F5, keeping the page, the sort and the selection, never showing "Loading".
#include "FindChild.h"
#include "TestHttp.h"
#include "UiTestServer.h"

#include "compose/ComposePane.h"
#include "conversation/ConversationView.h"
#include "conversation/MessageCard.h"
#include "models/MessageThreadModel.h"

#include "accounts/WorkspaceAccounts.h"
#include "api/ListMessagesJob.h"
#include "api/OpenMessageJob.h"
#include "i18n/Translations.h"
#include "models/ConversationTableModel.h"
#include "models/PersonaListModel.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "widgets/StatePane.h"
#include "workspace/ConversationListView.h"
#include "workspace/HelpView.h"
#include "workspace/MainWindow.h"
#include "workspace/PersonaSidebar.h"
#include "workspace/SidebarEntry.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

#include <chrono>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

class LiveWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
        marieId = server.addCollaborator("marie", "marie.unetelle@innovactione.com");
        aliceId = server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        for (int i = 1; i <= 12; ++i)
            ids.push_back(server.startConversation("marie.unetelle@innovactione.com",
                                                   "alice@example.org",
                                                   "Conversation " + std::to_string(i)));
        // Distinct dates, oldest first, so that every order is certain.
        {
            auto &db = server.server().db();
            auto guard = db.lock();
            const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            for (size_t i = 0; i < ids.size(); ++i)
                db.execute("UPDATE conversations SET modified_at = ? WHERE id = ?",
                           std::int64_t(now - 1000 + std::int64_t(i)), ids[i]);
        }
        window = std::make_unique<MainWindow>(&accounts);
        api = server.signedInClient(aliceId, window.get());
        events = new EventStream(api, window.get());
        events->setKeepAliveInterval(1000);
        events->start();
        accounts.add(QStringLiteral("alice"), QStringLiteral("alice"), api, events);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return events->isOpen() && model() && model()->hasLoaded() && !model()->isLoading();
            },
            15000));
        // The first opening reloads once in place (it may have missed something): let it end.
        QTest::qWait(400);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model()->isLoading(); }, 15000));
    }

    ConversationTableModel *model() const { return window->findChild<ConversationTableModel *>(); }
    QTableView *table() const
    {
        return child<QTableView>(window.get(), QStringLiteral("conversationTable"));
    }
    PersonaSidebar *sidebar() const
    {
        return child<PersonaSidebar>(window.get(), QStringLiteral("personaSidebar"));
    }

    int badge() const
    {
        const QString persona =
            child<ConversationListView>(window.get(), QStringLiteral("conversationList"))
                ->personaId();
        QStandardItem *item = sidebar()->personaItem(QStringLiteral("alice"), persona);
        return item ? item->data(SidebarEntry::UnreadRole).toInt() : -1;
    }

    QStringList selectedTitles() const
    {
        QStringList titles;
        for (const QModelIndex &index : table()->selectionModel()->selectedRows())
            titles.append(index.data(ConversationTableModel::TitleRole).toString());
        return titles;
    }

    // Fails the test if the list ever leaves the table for the loading pane.
    void watchForFlicker()
    {
        QObject::connect(model(), &ConversationTableModel::loadingChanged, window.get(), [this] {
            if (!table()->isVisible() ||
                child<StatePane>(window.get(), QStringLiteral("conversationState"))->isVisible())
                ++flickers;
        });
    }

    Translations translations;
    UiTestServer server{{"--sse-keep-alive", "1"}};
    std::string aliceId;
    std::string marieId;
    std::vector<std::string> ids;
    WorkspaceAccounts accounts; // outlives the window
    std::unique_ptr<MainWindow> window;
    ApiClient *api = nullptr;
    EventStream *events = nullptr;
    int flickers = 0;

    // The conversation view of the window, showing `conversationId` once loaded.
    ConversationView *openThread(const std::string &conversationId)
    {
        Q_EMIT window->openConversationRequested(QStringLiteral("alice"),
                                                 QString::fromStdString(conversationId));
        auto *view = window->findChild<ConversationView *>();
        EXPECT_TRUE(view &&
                    QTest::qWaitFor(
                        [&] { return view->isVisible() && view->thread()->hasLoaded(); }, 15000));
        return view;
    }

    // Oldest first, second page, "Conversation 12" selected: what a live update must keep.
    void showSecondPageOldestFirstWithASelection()
    {
        table()->horizontalHeader()->sectionClicked(ConversationTableModel::ModifiedColumn);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model()->isLoading(); }, 15000));
        model()->setPage(2);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !model()->isLoading() && model()->page() == 2; }, 15000));
        table()->selectRow(1);
        ASSERT_EQ(selectedTitles(), QStringList{QStringLiteral("Conversation 12")});
    }

    // Clicks `buttonName` ("keepWriting" or "discardDraft") in the next question box.
    void answerNextQuestion(const QString &buttonName)
    {
        auto *poll = new QTimer(window.get());
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->deleteLater();
            if (auto *answer = box->findChild<QPushButton *>(buttonName))
                answer->click();
            else
                box->reject();
        });
        poll->start();
    }
};

} // namespace

TEST_F(LiveWorkspaceTest, TheOpenConversationShowsANewMessageAsItArrives)
{
    ConversationView *view = openThread(ids.back());
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->cards().size(), 1);
    QSignalSpy resets(view->thread(), &QAbstractItemModel::modelReset);
    auto http = server.server().client();
    const std::string marieToken = server.server().tokenFor(marieId);
    ASSERT_EQ(pli::test::postJson(*http, "/api/v1/conversations/" + ids.back() + "/messages",
                                  {{"body", "Posted while Alice reads"}}, marieToken)
                  ->status,
              201);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 2; }, 10000));
    EXPECT_EQ(view->cards().last()->message().body, QStringLiteral("Posted while Alice reads"));
    EXPECT_EQ(resets.size(), 0) << "the cards already shown are not rebuilt";
    EXPECT_EQ(view->thread()->total(), 2);
}

TEST_F(LiveWorkspaceTest, LeavingAConversationWithADraftAsksAndCanKeepIt)
{
    ConversationView *view = openThread(ids.back());
    ASSERT_NE(view, nullptr);
    QTest::mouseClick(view->postButton(), Qt::LeftButton);
    QTest::keyClicks(view->compose()->findChild<QPlainTextEdit *>(QStringLiteral("composeText")),
                     QStringLiteral("Half a reply"));
    // Help in the sidebar: asked; "Keep writing" stays on the conversation, draft intact.
    answerNextQuestion(QStringLiteral("keepWriting"));
    sidebar()->selectHelp();
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(
        view->compose()->findChild<QPlainTextEdit *>(QStringLiteral("composeText"))->toPlainText(),
        QStringLiteral("Half a reply"));
    const QModelIndex current =
        child<QTreeView>(window.get(), QStringLiteral("personaSidebarView"))->currentIndex();
    EXPECT_EQ(current.data(SidebarEntry::KindRole).toInt(), int(SidebarEntry::Persona))
        << "the sidebar shows the persona again";
    // Asked again; "Discard" goes to Help.
    answerNextQuestion(QStringLiteral("discardDraft"));
    sidebar()->selectHelp();
    EXPECT_FALSE(view->isVisible());
    EXPECT_TRUE(child<HelpView>(window.get(), QStringLiteral("help"))->isVisible());
}

TEST_F(LiveWorkspaceTest, ACollaboratorsMessageUpdatesBadgeAndListWithoutRefresh)
{
    ASSERT_EQ(badge(), 12);
    ASSERT_EQ(model()->total(), 12);
    // Oldest first, second page, one row selected: all of it must survive the update.
    ASSERT_NO_FATAL_FAILURE(showSecondPageOldestFirstWithASelection());
    const QStringList selected = selectedTitles();
    watchForFlicker();
    QSignalSpy reloads(model(), &ConversationTableModel::loaded);
    QSignalSpy remote(&accounts, &WorkspaceAccounts::conversationChangedRemotely);

    const std::string created = server.startConversation("marie.unetelle@innovactione.com",
                                                         "alice@example.org", "Live one");

    ASSERT_TRUE(QTest::qWaitFor([&] { return badge() == 13; }, 10000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 13 && !model()->isLoading(); }, 10000));
    EXPECT_EQ(model()->page(), 2);
    EXPECT_EQ(model()->query().order, SortOrder::Ascending);
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_EQ(model()->summary(2).title, QStringLiteral("Live one"));
    EXPECT_EQ(selectedTitles(), selected);
    EXPECT_EQ(table()->currentIndex().data(ConversationTableModel::TitleRole).toString(),
              QStringLiteral("Conversation 12"));
    EXPECT_EQ(flickers, 0);
    // message.created and conversation.updated came together: one request.
    QTest::qWait(500);
    EXPECT_EQ(reloads.size(), 1);
    ASSERT_FALSE(remote.isEmpty());
    EXPECT_EQ(remote.first().at(0).toString(), QStringLiteral("alice"));
    EXPECT_EQ(remote.first().at(1).toString(), QString::fromStdString(created));
}

TEST_F(LiveWorkspaceTest, ReadingOnAnotherDeviceLowersTheBadge)
{
    ASSERT_EQ(badge(), 12);
    watchForFlicker();
    // Alice reads the newest conversation's message from another client.
    ApiClient *elsewhere = server.signedInClient(aliceId, window.get());
    const QString conversation = QString::fromStdString(ids.back());
    auto *list = elsewhere->listMessages(conversation);
    list->setAutoDelete(false);
    ASSERT_TRUE(QSignalSpy(list, &Job::finished).wait(10000));
    ASSERT_TRUE(list->isSuccess());
    const QString messageId = list->page().items.first().id;
    delete list;
    elsewhere->openMessage(messageId);

    ASSERT_TRUE(QTest::qWaitFor([&] { return badge() == 11; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !model()->isLoading() &&
                   !model()->index(0, 0).data(ConversationTableModel::UnreadRole).toBool();
        },
        10000));
    EXPECT_EQ(model()->summary(0).id, conversation);
    EXPECT_EQ(flickers, 0);
}

TEST_F(LiveWorkspaceTest, AnotherPersonasEventLeavesTheListAlone)
{
    const std::string bobId =
        server.addParticipant("bob", "bob@example.org", "Correct-Horse-Battery-9");
    QSignalSpy reloads(model(), &ConversationTableModel::loadingChanged);
    server.startConversation("marie.unetelle@innovactione.com", "bob@example.org", "For Bob");
    // Bob's events go to Bob's streams: Alice's window has nothing to do.
    QTest::qWait(2500);
    EXPECT_EQ(reloads.size(), 0);
    EXPECT_EQ(badge(), 12);
    (void)bobId;
}

TEST_F(LiveWorkspaceTest, RemovingTheAccountDisconnectsItsStream)
{
    accounts.remove(QStringLiteral("alice"));
    QSignalSpy remote(&accounts, &WorkspaceAccounts::conversationChangedRemotely);
    server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Late");
    QSignalSpy created(events, &EventStream::messageCreated);
    ASSERT_TRUE(created.wait(10000)) << "the stream itself still runs (owned by the caller)";
    QApplication::processEvents();
    EXPECT_EQ(remote.size(), 0);
}

// The list of ACollaboratorsMessageUpdatesBadgeAndListWithoutRefresh once the new conversation
// arrived, as a picture for people to look at (<build>/screenshots/en_CA/).
TEST_F(LiveWorkspaceTest, ScreenshotAfterANewMessage)
{
    ASSERT_NO_FATAL_FAILURE(showSecondPageOldestFirstWithASelection());
    server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Live one");
    ASSERT_TRUE(QTest::qWaitFor([&] { return badge() == 13; }, 10000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 13 && !model()->isLoading(); }, 10000));
    const QString shots = QStringLiteral(PLI_SCREENSHOT_DIR "/en_CA");
    QDir().mkpath(shots);
    EXPECT_TRUE(window->grab().save(shots + QStringLiteral("/live-1-after-a-new-message.png")));
}
