// The tray against a real server and its live updates (GET /events, keep-alive 1 s): the unread
// total (the badge) and the tooltip follow what happens on the server without a refresh; the
// menu lists each account's personas and leads into the window; each account's connection
// state shows. Under Xvfb there is no notification area: the model, the menu and the badge are
// tested, and the menu is rendered to PNG in English and French.
#include "FindChild.h"
#include "RecordingNotifier.h"
#include "Screenshot.h"
#include "UiTestServer.h"

#include "accounts/WorkspaceAccounts.h"
#include "i18n/Translations.h"
#include "models/PersonaListModel.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "transfers/TransfersDock.h"
#include "tray/TrayIcon.h"
#include "tray/TrayMenu.h"
#include "tray/TrayPresence.h"
#include "tray/TrayStatus.h"
#include "tray/UnreadBadge.h"
#include "widgets/Icons.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

class TrayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
        server.addCollaborator("marie", "marie.unetelle@innovactione.com");
        aliceId = server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        server.server().addPersona(aliceId, "alice.work@example.org", "Alice at work");
        server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Budget");
        server.startConversation("marie.unetelle@innovactione.com", "alice@example.org", "Hiring");
        server.startConversation("marie.unetelle@innovactione.com", "alice.work@example.org",
                                 "Invoices");
        api = server.signedInClient(aliceId, &owner);
        events = new EventStream(api, &owner);
        events->setKeepAliveInterval(1000);
        events->start();
        accounts.add(QStringLiteral("alice"), QStringLiteral("Alice · pli.test"), api, events);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                PersonaListModel *personas = accounts.personas(QStringLiteral("alice"));
                return events->isOpen() && personas->hasLoaded() && !personas->isLoading();
            },
            15000));
    }

    // Bob, a second account with one persona and nothing unread.
    void addBob()
    {
        const std::string bobId =
            server.addParticipant("bob", "bob@example.org", "Correct-Horse-Battery-9");
        accounts.add(QStringLiteral("bob"), QStringLiteral("Bob · pli.test"),
                     server.signedInClient(bobId, &owner));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return accounts.personas(QStringLiteral("bob"))->hasLoaded(); }, 15000));
    }

    QString personaId(const QString &email) const
    {
        for (const Persona &persona : accounts.personas(QStringLiteral("alice"))->personas())
            if (persona.email == email)
                return persona.id;
        return {};
    }

    QAction *actionNamed(QMenu *menu, const QString &name, const QString &text = {}) const
    {
        for (QAction *action : menu->actions())
            if (action->objectName() == name && (text.isEmpty() || action->text().contains(text)))
                return action;
        ADD_FAILURE() << "no action " << name.toStdString() << " " << text.toStdString();
        return nullptr;
    }

    Translations translations;
    UiTestServer server{{"--sse-keep-alive", "1"}};
    std::string aliceId;
    QObject owner; // the connections
    ApiClient *api = nullptr;
    EventStream *events = nullptr;
    WorkspaceAccounts accounts;
    TrayStatus status{&accounts};
};

} // namespace

TEST_F(TrayTest, TheUnreadTotalFollowsTheLiveUpdates)
{
    ASSERT_EQ(status.totalUnread(), 3);
    EXPECT_EQ(UnreadBadge::text(status.totalUnread()), QStringLiteral("3"));
    QSignalSpy changed(&status, &TrayStatus::changed);

    server.startConversation("marie.unetelle@innovactione.com", "alice.work@example.org", "Travel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return status.totalUnread() == 4; }, 10000));
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_EQ(status.toolTip(), QStringLiteral("Pli: 4 unread conversations\n"
                                               "Alice · pli.test\n"
                                               "  alice@example.org: 2\n"
                                               "  alice.work@example.org: 2"));
}

TEST_F(TrayTest, OneAccountWithOnePersonaNeedsNoCaption)
{
    const std::string bobId =
        server.addParticipant("bob", "bob@example.org", "Correct-Horse-Battery-9");
    server.startConversation("marie.unetelle@innovactione.com", "bob@example.org", "Lunch");
    WorkspaceAccounts solo;
    TrayStatus soloStatus(&solo);
    solo.add(QStringLiteral("bob"), QStringLiteral("Bob · pli.test"),
             server.signedInClient(bobId, &owner));
    ASSERT_TRUE(QTest::qWaitFor([&] { return soloStatus.totalUnread() == 1; }, 10000));
    EXPECT_EQ(soloStatus.toolTip(),
              QStringLiteral("Pli: 1 unread conversation\nbob@example.org: 1"));
}

TEST_F(TrayTest, EveryAccountAndItsConnectionShow)
{
    ASSERT_NO_FATAL_FAILURE(addBob());
    EXPECT_EQ(status.accounts().size(), 2);
    EXPECT_EQ(status.totalUnread(), 3);
    QSignalSpy changed(&status, &TrayStatus::changed);
    status.setConnection(QStringLiteral("bob"), TrayStatus::Connection::Offline);
    EXPECT_EQ(changed.size(), 1);
    status.setConnection(QStringLiteral("bob"), TrayStatus::Connection::Offline);
    EXPECT_EQ(changed.size(), 1) << "no change, no signal";
    status.setConnection(QStringLiteral("nobody"), TrayStatus::Connection::Offline);
    EXPECT_EQ(changed.size(), 1) << "an unknown account is ignored";
    EXPECT_TRUE(
        status.toolTip().endsWith(QStringLiteral("Bob · pli.test (offline)\n  bob@example.org: 0")))
        << status.toolTip().toStdString();

    TrayMenu menu(&status);
    const QStringList captions = [&] {
        QStringList out;
        for (QAction *action : menu.actions())
            if (action->objectName() == u"accountCaption")
                out.append(action->text());
        return out;
    }();
    EXPECT_EQ(captions, (QStringList{QStringLiteral("Alice · pli.test"),
                                     QStringLiteral("Bob · pli.test (offline)")}));
    status.setConnection(QStringLiteral("bob"), TrayStatus::Connection::Connecting);
    EXPECT_TRUE(actionNamed(&menu, QStringLiteral("accountCaption"), QStringLiteral("Bob"))
                    ->text()
                    .endsWith(QStringLiteral("(connecting…)")));

    // Signed out: gone from the tray.
    accounts.remove(QStringLiteral("bob"));
    EXPECT_EQ(status.accounts().size(), 1);
    EXPECT_FALSE(status.toolTip().contains(QStringLiteral("Bob")));
}

TEST_F(TrayTest, TheMenuListsThePersonasWithTheirCounts)
{
    TrayMenu menu(&status);
    QStringList texts;
    for (QAction *action : menu.actions())
        if (!action->isSeparator())
            texts.append(action->text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("&Open Pli"), QStringLiteral("Alice · pli.test"),
                                  QStringLiteral("alice@example.org (2 unread)"),
                                  QStringLiteral("alice.work@example.org (1 unread)"),
                                  QStringLiteral("&Transfers"), QStringLiteral("&Quit Pli")}));
    EXPECT_EQ(menu.defaultAction()->objectName(), QStringLiteral("openPliAction"));

    QSignalSpy persona(&menu, &TrayMenu::personaRequested);
    actionNamed(&menu, QStringLiteral("personaAction"), QStringLiteral("alice.work"))->trigger();
    ASSERT_EQ(persona.size(), 1);
    EXPECT_EQ(persona.first().at(0).toString(), QStringLiteral("alice"));
    EXPECT_EQ(persona.first().at(1).toString(),
              personaId(QStringLiteral("alice.work@example.org")));
    QSignalSpy open(&menu, &TrayMenu::openRequested);
    QSignalSpy transfers(&menu, &TrayMenu::transfersRequested);
    QSignalSpy quit(&menu, &TrayMenu::quitRequested);
    actionNamed(&menu, QStringLiteral("openPliAction"))->trigger();
    actionNamed(&menu, QStringLiteral("transfersAction"))->trigger();
    actionNamed(&menu, QStringLiteral("quitAction"))->trigger();
    EXPECT_EQ(open.size(), 1);
    EXPECT_EQ(transfers.size(), 1);
    EXPECT_EQ(quit.size(), 1);

    // Read elsewhere: the menu is current when it opens next.
    accounts.personas(QStringLiteral("alice"))
        ->setUnreadCount(personaId(QStringLiteral("alice.work@example.org")), 0);
    EXPECT_EQ(
        actionNamed(&menu, QStringLiteral("personaAction"), QStringLiteral("alice.work"))->text(),
        QStringLiteral("alice.work@example.org"));
}

TEST_F(TrayTest, TheMenuLeadsIntoTheWindow)
{
    MainWindow window(&accounts);
    pli::test::RecordingNotifier notifier;
    TrayPresence presence(&accounts, &window, &notifier);
    auto *list = child<ConversationListView>(&window, QStringLiteral("conversationList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !list->personaId().isEmpty(); }, 10000));
    EXPECT_EQ(list->personaId(), personaId(QStringLiteral("alice@example.org")));
    // Without a notification area, closing the window closes it (nothing could bring it back).
    EXPECT_FALSE(presence.icon()->isAvailable());

    TrayMenu *menu = presence.icon()->menu();
    actionNamed(menu, QStringLiteral("personaAction"), QStringLiteral("alice.work"))->trigger();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(list->personaId(), personaId(QStringLiteral("alice.work@example.org")));
    EXPECT_TRUE(list->isVisible());

    window.hide();
    actionNamed(menu, QStringLiteral("transfersAction"))->trigger();
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(child<TransfersDock>(&window)->isVisible());

    window.hide();
    actionNamed(menu, QStringLiteral("openPliAction"))->trigger();
    EXPECT_TRUE(window.isVisible());

    QSignalSpy quit(&presence, &TrayPresence::quitRequested);
    actionNamed(menu, QStringLiteral("quitAction"))->trigger();
    EXPECT_EQ(quit.size(), 1);
}

// ApplicationWindows gives its bringForward (which also brings a sign-in window open on top):
// every click then goes through it, before what the click is for.
TEST_F(TrayTest, EveryClickBringsPliForwardTheOneWayItIsGiven)
{
    MainWindow window(&accounts);
    pli::test::RecordingNotifier notifier;
    TrayPresence presence(&accounts, &window, &notifier);
    int broughtForward = 0;
    presence.setBringForward([&] {
        ++broughtForward;
        window.show();
    });
    auto *list = child<ConversationListView>(&window, QStringLiteral("conversationList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !list->personaId().isEmpty(); }, 10000));

    TrayMenu *menu = presence.icon()->menu();
    actionNamed(menu, QStringLiteral("openPliAction"))->trigger();
    EXPECT_EQ(broughtForward, 1);
    actionNamed(menu, QStringLiteral("personaAction"), QStringLiteral("alice.work"))->trigger();
    EXPECT_EQ(broughtForward, 2);
    EXPECT_EQ(list->personaId(), personaId(QStringLiteral("alice.work@example.org")));
    actionNamed(menu, QStringLiteral("transfersAction"))->trigger();
    EXPECT_EQ(broughtForward, 3);
    Notification clicked;
    clicked.kind = Notification::Kind::TransferDone;
    presence.open(clicked);
    EXPECT_EQ(broughtForward, 4);
    EXPECT_TRUE(child<TransfersDock>(&window)->isVisible());
}

TEST_F(TrayTest, TheBadgeIsDrawnOnTheIcon)
{
    EXPECT_EQ(UnreadBadge::text(0), QString());
    EXPECT_EQ(UnreadBadge::text(7), QStringLiteral("7"));
    EXPECT_EQ(UnreadBadge::text(99), QStringLiteral("99"));
    EXPECT_EQ(UnreadBadge::text(100), QStringLiteral("99+"));
    const QIcon base = Icons::icon(QStringLiteral("pli"));
    const auto isBadgeRed = [](const QColor &c) {
        return c.red() > 180 && c.green() < 90 && c.blue() < 90 && c.alpha() == 255;
    };
    for (const int size : {16, 32, 64}) {
        // The top right corner's inside: the red disc with a count, the icon without.
        const QImage with = UnreadBadge::pixmap(base, 5, size).toImage();
        const QImage without = UnreadBadge::pixmap(base, 0, size).toImage();
        EXPECT_EQ(with.size(), QSize(size, size));
        const QPoint probe(size - 1 - size / 10, size / 4);
        EXPECT_TRUE(isBadgeRed(with.pixelColor(probe))) << size;
        EXPECT_FALSE(isBadgeRed(without.pixelColor(probe))) << size;
    }
    EXPECT_FALSE(UnreadBadge::icon(base, 12).availableSizes().isEmpty());
}

TEST_F(TrayTest, Screenshots)
{
    ASSERT_NO_FATAL_FAILURE(addBob());
    status.setConnection(QStringLiteral("bob"), TrayStatus::Connection::Offline);
    for (const QLocale &language :
         {QLocale(QStringLiteral("en_CA")), QLocale(QStringLiteral("fr_CA"))}) {
        ASSERT_TRUE(translations.use(language));
        TrayMenu menu(&status);
        menu.popup(QPoint(40, 40));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&menu));
        pli::test::saveScreenshot(&menu, language.name().left(2), QStringLiteral("tray-menu"));
        menu.hide();

        // The badge as trays show it (22 px) and larger, on a light panel.
        QPixmap canvas(4 * 80, 96);
        canvas.fill(QColor(0xe8, 0xe8, 0xe8));
        QPainter painter(&canvas);
        const QIcon base = Icons::icon(QStringLiteral("pli"));
        for (int i = 0; const int count : {0, 3, 12, 140}) {
            painter.drawPixmap(i * 80 + 8, 8, UnreadBadge::pixmap(base, count, 64));
            painter.drawPixmap(i * 80 + 29, 72, UnreadBadge::pixmap(base, count, 22));
            ++i;
        }
        painter.end();
        QLabel strip;
        strip.setPixmap(canvas);
        strip.adjustSize();
        pli::test::saveScreenshot(&strip, language.name().left(2), QStringLiteral("tray-badge"));
    }
}
