// Desktop notifications against a real server and its live updates (keep-alive 1 s), through
// TrayPresence with a recording notifier in place of the desktop's: a new conversation or
// message says who wrote and where (never the message), several at once make one, a click
// leads into the window; nothing for the conversation being read or for an account whose
// notifications are off; transfers that end while the window is out of sight are notified.
#include "FindChild.h"
#include "RecordingNotifier.h"
#include "TestHttp.h"
#include "UiTestServer.h"

#include "accounts/WorkspaceAccounts.h"
#include "conversation/ConversationView.h"
#include "i18n/Translations.h"
#include "models/MessageThreadModel.h"
#include "models/PersonaListModel.h"
#include "models/TransferListModel.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "notify/MessageNotifications.h"
#include "notify/NotificationPreferences.h"
#include "transfers/AccountTransfers.h"
#include "transfers/TransfersDock.h"
#include "tray/TrayPresence.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::RecordingNotifier;
using pli::test::UiTestServer;

namespace {

constexpr int GroupingMs = 400;

class NotificationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
        marieId = server.addCollaborator("marie", "marie.unetelle@innovactione.com");
        aliceId = server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        budget = server.startConversation("marie.unetelle@innovactione.com", "alice@example.org",
                                          "Budget requests", "The figures: 1 200 000");
        hiring = server.startConversation("marie.unetelle@innovactione.com", "alice@example.org",
                                          "Hiring", "Two posts");
        window = std::make_unique<MainWindow>(&accounts);
        window->transfers()->setStorageDirectory(files.path());
        api = server.signedInClient(aliceId, window.get());
        events = new EventStream(api, window.get());
        events->setKeepAliveInterval(1000);
        events->start();
        presence = std::make_unique<TrayPresence>(&accounts, window.get(), &notifier);
        presence->messages()->setGroupingDelay(GroupingMs);
        accounts.add(QStringLiteral("alice"), QStringLiteral("Alice · pli.test"), api, events);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return events->isOpen() && personas()->hasLoaded() && unread() == 2; }, 15000));
    }

    PersonaListModel *personas() const { return accounts.personas(QStringLiteral("alice")); }
    int unread() const
    {
        return personas()->rowCount() ? personas()->personas().first().unreadCount : -1;
    }
    QString alicePersona() const { return personas()->personas().first().id; }

    // Marie replies in a conversation, as her client would.
    void marieWrites(const std::string &conversationId, const std::string &body)
    {
        auto http = server.server().client();
        ASSERT_EQ(pli::test::postJson(*http,
                                      "/api/v1/conversations/" + conversationId + "/messages",
                                      {{"body", body}}, server.server().tokenFor(marieId))
                      ->status,
                  201);
    }

    // Waits until a notification has been shown and the grouping time is over.
    bool waitShown(qsizetype count)
    {
        const bool reached = QTest::qWaitFor([&] { return notifier.shown.size() >= count; }, 10000);
        QTest::qWait(GroupingMs + 200);
        return reached && notifier.shown.size() == count;
    }

    static bool mentions(const Notification &n, const QString &text)
    {
        return n.summary.contains(text) || n.body.contains(text);
    }

    Translations translations;
    UiTestServer server{{"--sse-keep-alive", "1"}};
    QTemporaryDir files;
    std::string marieId;
    std::string aliceId;
    std::string budget;
    std::string hiring;
    WorkspaceAccounts accounts; // outlives the window
    RecordingNotifier notifier;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TrayPresence> presence;
    ApiClient *api = nullptr;
    EventStream *events = nullptr;
};

} // namespace

TEST_F(NotificationsTest, ANewConversationSaysWhoAndWhereNeverTheMessage)
{
    const std::string id = server.startConversation(
        "marie.unetelle@innovactione.com", "alice@example.org", "Travel plans", "Flight AC 870");
    ASSERT_TRUE(waitShown(1));
    const Notification &n = notifier.shown.first();
    EXPECT_EQ(n.kind, Notification::Kind::Message);
    EXPECT_EQ(n.summary, QStringLiteral("New conversation from marie"));
    EXPECT_EQ(n.body, QStringLiteral("Travel plans"));
    EXPECT_EQ(n.accountKey, QStringLiteral("alice"));
    EXPECT_EQ(n.personaId, alicePersona());
    EXPECT_EQ(n.conversationId, QString::fromStdString(id));
    EXPECT_FALSE(mentions(n, QStringLiteral("AC 870")));
}

TEST_F(NotificationsTest, AReplySaysNewMessageAndAClickOpensTheConversation)
{
    window->hide();
    ASSERT_NO_FATAL_FAILURE(marieWrites(budget, "Here is the corrected spreadsheet."));
    ASSERT_TRUE(waitShown(1));
    const Notification n = notifier.shown.first();
    EXPECT_EQ(n.summary, QStringLiteral("New message from marie"));
    EXPECT_EQ(n.body, QStringLiteral("Budget requests"));
    EXPECT_FALSE(mentions(n, QStringLiteral("spreadsheet")));

    notifier.click(0);
    EXPECT_TRUE(window->isVisible());
    auto *view = child<ConversationView>(window.get(), QStringLiteral("conversationView"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view->isVisible() && view->thread()->hasLoaded(); }, 10000));
    EXPECT_EQ(view->conversationId(), QString::fromStdString(budget));
}

TEST_F(NotificationsTest, SeveralAtOnceMakeOneNotification)
{
    presence->messages()->setGroupingDelay(4000);
    server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Travel");
    ASSERT_NO_FATAL_FAILURE(marieWrites(budget, "one"));
    ASSERT_NO_FATAL_FAILURE(marieWrites(budget, "two"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.shown.isEmpty(); }, 15000));
    QTest::qWait(500);
    ASSERT_EQ(notifier.shown.size(), 1);
    const Notification n = notifier.shown.first();
    EXPECT_EQ(n.summary, QStringLiteral("3 new messages in 2 conversations"));
    EXPECT_EQ(n.body, QStringLiteral("Travel\nBudget requests"));
    // One persona, two conversations: a click leads to the persona's list.
    EXPECT_EQ(n.personaId, alicePersona());
    EXPECT_TRUE(n.conversationId.isEmpty());

    window->hide();
    notifier.click(0);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(
        child<ConversationListView>(window.get(), QStringLiteral("conversationList"))->isVisible());
}

TEST_F(NotificationsTest, ManyConversationsListAFewTitlesAndCountTheRest)
{
    QList<std::pair<QString, MessageArrival>> batch;
    for (const char *title : {"A", "B", "C", "D", "E"})
        batch.append({QStringLiteral("alice"), MessageArrival{QString::fromLatin1(title),
                                                              alicePersona(),
                                                              {},
                                                              QString::fromLatin1(title),
                                                              {},
                                                              false}});
    const Notification n = presence->messages()->describe(batch);
    EXPECT_EQ(n.summary, QStringLiteral("5 new messages in 5 conversations"));
    EXPECT_EQ(n.body, QStringLiteral("A\nB\nC\nand 2 more"));

    // From a server that says only the ids.
    const Notification bare = presence->messages()->describe(
        {{QStringLiteral("alice"),
          MessageArrival{QStringLiteral("c"), alicePersona(), {}, {}, {}, false}}});
    EXPECT_EQ(bare.summary, QStringLiteral("New message"));
    EXPECT_EQ(bare.body, QStringLiteral("In a conversation of alice@example.org"));
}

TEST_F(NotificationsTest, NothingForTheConversationBeingRead)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        GTEST_SKIP() << "the display gives no window the focus";
    window->showConversation(QStringLiteral("alice"), QString::fromStdString(budget));
    auto *view = child<ConversationView>(window.get(), QStringLiteral("conversationView"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view->isVisible() && view->thread()->hasLoaded(); }, 10000));
    ASSERT_TRUE(window->isReading(QStringLiteral("alice"), QString::fromStdString(budget)));

    ASSERT_NO_FATAL_FAILURE(marieWrites(budget, "While Alice reads"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 2; }, 10000));
    QTest::qWait(GroupingMs + 300);
    EXPECT_TRUE(notifier.shown.isEmpty());

    // Another conversation is not on screen.
    ASSERT_NO_FATAL_FAILURE(marieWrites(hiring, "Elsewhere"));
    ASSERT_TRUE(waitShown(1));
    EXPECT_EQ(notifier.shown.first().body, QStringLiteral("Hiring"));
}

TEST_F(NotificationsTest, NothingForAnAccountWithNotificationsOff)
{
    NotificationPreferences::setEnabled(QStringLiteral("alice"), false);
    server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Quiet");
    ASSERT_TRUE(QTest::qWaitFor([&] { return unread() == 3; }, 10000));
    QTest::qWait(GroupingMs + 300);
    EXPECT_TRUE(notifier.shown.isEmpty());

    NotificationPreferences::setEnabled(QStringLiteral("alice"), true);
    server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Loud");
    ASSERT_TRUE(waitShown(1));
}

TEST_F(NotificationsTest, TransfersEndingOutOfSightAreNotified)
{
    TransferListModel *model = window->transfers()->forAccount(QStringLiteral("alice"), api);
    QFile file(files.filePath(QStringLiteral("report.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64 * 1024, 'x'));
    file.close();
    UploadRequest upload;
    upload.endpoint = api->endpoint(QStringLiteral("/uploads"));
    upload.filePath = file.fileName();
    QSignalSpy finished(model, &TransferListModel::transferFinished);

    // In sight: the Transfers panel says it; no notification.
    window->show();
    model->addUpload(upload);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(notifier.shown.isEmpty());

    window->hide();
    model->addUpload(upload);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(notifier.shown.size(), 1);
    EXPECT_EQ(notifier.shown.last().kind, Notification::Kind::TransferDone);
    EXPECT_EQ(notifier.shown.last().summary, QStringLiteral("Upload finished"));
    EXPECT_EQ(notifier.shown.last().body, QStringLiteral("report.pdf"));

    DownloadRequest missing;
    missing.url = api->endpoint(QStringLiteral("/attachments/a_missing/content"));
    missing.directory = files.path();
    missing.fileName = QStringLiteral("gone.xlsx");
    model->addDownload(missing);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(notifier.shown.size(), 2);
    EXPECT_EQ(notifier.shown.last().kind, Notification::Kind::TransferFailed);
    EXPECT_EQ(notifier.shown.last().summary, QStringLiteral("Download failed"));
    EXPECT_TRUE(notifier.shown.last().body.startsWith(QStringLiteral("gone.xlsx: ")))
        << notifier.shown.last().body.toStdString();

    // Cancelled on purpose: nothing to say.
    model->addUpload(upload);
    model->cancel(model->rowCount() - 1);
    QTest::qWait(300);
    EXPECT_EQ(notifier.shown.size(), 2);

    // A click shows the Transfers panel.
    notifier.click(1);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(child<TransfersDock>(window.get())->isVisible());
}
