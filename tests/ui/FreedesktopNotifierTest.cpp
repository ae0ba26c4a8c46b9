// FreedesktopNotifier against a notification service on the test session's D-Bus (a test
// double of org.freedesktop.Notifications, on a connection of its own, under a bus name of its
// own so that tests running side by side never meet): what a notification carries, a click
// coming back as the notification clicked, markup escaped only where the service reads it,
// and the fallback taking over where no service answers.
#include "RecordingNotifier.h"

#include "notify/FreedesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using pli::test::RecordingNotifier;
using pli::ui::FreedesktopNotifier;
using pli::ui::Notification;

// The desktop's side of the protocol, as far as Pli uses it.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };

    QStringList capabilities{QStringLiteral("body"), QStringLiteral("actions")};
    QList<Received> received;

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        received.append({appName, icon, summary, body, actions, hints, timeout});
        return uint(41 + received.size());
    }
    void CloseNotification(uint) {}
};

namespace {

class FreedesktopNotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("PLI_TEST_SESSION"))
            GTEST_SKIP() << "needs the D-Bus session of scripts/with-test-session.sh";
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected());
    }

    void TearDown() override
    {
        if (m_connected) {
            m_bus.unregisterObject(QString::fromLatin1(FreedesktopNotifier::Path));
            m_bus.unregisterService(m_service);
            QDBusConnection::disconnectFromBus(m_bus.name());
        }
    }

    // The service, registered under a name of this test process's own.
    void startService()
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notifications"));
        ASSERT_TRUE(m_bus.isConnected());
        m_connected = true;
        ASSERT_TRUE(m_bus.registerObject(QString::fromLatin1(FreedesktopNotifier::Path), &service,
                                         QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(m_bus.registerService(m_service));
    }

    // The person clicks notification `id` (or one of its buttons).
    void click(uint id, const QString &action = QStringLiteral("default"))
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QString::fromLatin1(FreedesktopNotifier::Path),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << action;
        ASSERT_TRUE(m_bus.send(signal));
    }

    static Notification budget()
    {
        Notification n;
        n.summary = QStringLiteral("New message from Marie Unetelle");
        n.body = QStringLiteral("R&D <budget> 2025");
        n.accountKey = QStringLiteral("alice");
        n.personaId = QStringLiteral("p_1");
        n.conversationId = QStringLiteral("c_1");
        return n;
    }

    const QString m_service =
        QStringLiteral("org.pli.test.Notifications%1").arg(QCoreApplication::applicationPid());
    FakeNotificationService service;
    QDBusConnection m_bus{QString()};
    bool m_connected = false;
};

} // namespace

TEST_F(FreedesktopNotifierTest, ShowsThroughTheServiceAndTheClickComesBackOnce)
{
    ASSERT_NO_FATAL_FAILURE(startService());
    FreedesktopNotifier notifier(m_service, nullptr);
    QSignalSpy activated(&notifier, &FreedesktopNotifier::activated);
    notifier.show(budget());
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier.openCount() == 1; }, 10000));
    ASSERT_EQ(service.received.size(), 1);
    const auto &sent = service.received.first();
    EXPECT_EQ(sent.appName, QStringLiteral("Pli"));
    EXPECT_EQ(sent.icon, QStringLiteral("pli"));
    EXPECT_EQ(sent.summary, QStringLiteral("New message from Marie Unetelle"));
    EXPECT_EQ(sent.body, QStringLiteral("R&D <budget> 2025")) << "no markup: sent as it is";
    EXPECT_EQ(sent.actions.value(0), QStringLiteral("default"));
    EXPECT_EQ(sent.hints.value(QStringLiteral("desktop-entry")).toString(),
              QStringLiteral("org.pli.Pli"));
    EXPECT_EQ(sent.hints.value(QStringLiteral("category")).toString(),
              QStringLiteral("im.received"));
    EXPECT_EQ(sent.timeout, -1);

    // Another application's notification, and another button: not ours to open.
    ASSERT_NO_FATAL_FAILURE(click(7));
    ASSERT_NO_FATAL_FAILURE(click(42, QStringLiteral("dismiss")));
    ASSERT_NO_FATAL_FAILURE(click(42));
    ASSERT_TRUE(activated.wait(10000));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(0).value<Notification>(), budget());
    // Once.
    ASSERT_NO_FATAL_FAILURE(click(42));
    EXPECT_FALSE(activated.wait(500));
    EXPECT_EQ(notifier.openCount(), 0);
}

TEST_F(FreedesktopNotifierTest, TheBodyIsEscapedWhereTheServiceReadsMarkup)
{
    service.capabilities.append(QStringLiteral("body-markup"));
    ASSERT_NO_FATAL_FAILURE(startService());
    FreedesktopNotifier notifier(m_service, nullptr);
    Notification failed = budget();
    failed.kind = Notification::Kind::TransferFailed;
    notifier.show(failed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return service.received.size() == 1; }, 10000));
    EXPECT_EQ(service.received.first().body, QStringLiteral("R&amp;D &lt;budget&gt; 2025"));
    EXPECT_EQ(service.received.first().hints.value(QStringLiteral("category")).toString(),
              QStringLiteral("transfer.error"));
}

TEST_F(FreedesktopNotifierTest, WithoutAServiceTheFallbackShowsIt)
{
    RecordingNotifier fallback;
    FreedesktopNotifier notifier(m_service, &fallback);
    QSignalSpy activated(&notifier, &FreedesktopNotifier::activated);
    notifier.show(budget());
    ASSERT_TRUE(QTest::qWaitFor([&] { return fallback.shown.size() == 1; }, 10000));
    EXPECT_EQ(fallback.shown.first(), budget());
    // A click on the fallback's notification is the notifier's.
    fallback.click(0);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(0).value<Notification>(), budget());
}

#include "FreedesktopNotifierTest.moc"
