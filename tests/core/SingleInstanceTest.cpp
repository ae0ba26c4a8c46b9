// SingleInstance: the first process listens, a later one hands its arguments over and is told
// to exit; a socket left by a crashed instance does not block the next start.
#include "instance/SingleInstance.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <future>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pli;
using Role = SingleInstance::Role;

namespace {

// A later process, played by another thread (the first instance answers from this thread's
// event loop, which the test keeps running meanwhile).
std::future<Role> laterProcess(const QString &name, const QStringList &arguments,
                               int timeoutMs = 5000)
{
    return std::async(std::launch::async, [name, arguments, timeoutMs] {
        SingleInstance later(name);
        return later.claim(arguments, timeoutMs);
    });
}

Role finish(std::future<Role> &later)
{
    while (later.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return later.get();
}

} // namespace

TEST(SingleInstance, ASecondProcessHandsItsArgumentsToTheFirst)
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("pli"));
    SingleInstance first(name);
    ASSERT_EQ(first.claim({}), Role::First);
    EXPECT_TRUE(first.isListening());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    const QStringList link{QStringLiteral("pli://auth/unlock?token=abc"),
                           QStringLiteral("--server"), QStringLiteral("https://é.example")};
    auto later = laterProcess(name, link);
    EXPECT_EQ(finish(later), Role::HandedOver);
    ASSERT_TRUE(received.count() == 1 || received.wait(5000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), link);
    ASSERT_TRUE(activated.count() == 1 || activated.wait(5000));

    // Without arguments: only brought forward.
    auto plain = laterProcess(name, {});
    EXPECT_EQ(finish(plain), Role::HandedOver);
    ASSERT_TRUE(activated.count() == 2 || activated.wait(5000));
    EXPECT_EQ(received.count(), 2);
    EXPECT_TRUE(received.at(1).at(0).toStringList().isEmpty());
}

TEST(SingleInstance, ASocketLeftByACrashIsTakenOver)
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("pli"));
    // What a killed first instance leaves: a socket file nobody listens on.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(name);
    ASSERT_LT(size_t(path.size()), sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    ASSERT_TRUE(QFile::exists(name));

    SingleInstance next(name);
    EXPECT_EQ(next.claim({QStringLiteral("pli://conversation/c_1")}, 3000), Role::First);
    EXPECT_TRUE(next.isListening());
}

TEST(SingleInstance, AMalformedRequestIsRefusedAndIgnored)
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("pli"));
    SingleInstance first(name);
    ASSERT_EQ(first.claim({}), Role::First);
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    QLocalSocket socket;
    socket.connectToServer(name);
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write("{\"args\": [1, 2]}\n");
    ASSERT_TRUE(QTest::qWaitFor([&] { return socket.canReadLine(); }, 5000));
    EXPECT_EQ(socket.readLine().trimmed(), QByteArray("{\"ok\":false}"));
    EXPECT_EQ(received.count(), 0);
}

TEST(SingleInstance, NamesDifferPerSettingsFile)
{
    const QString a = SingleInstance::nameFor(QStringLiteral("/home/a/.config/Pli/Pli.conf"));
    EXPECT_EQ(a, SingleInstance::nameFor(QStringLiteral("/home/a/.config/Pli/Pli.conf")));
    EXPECT_NE(a, SingleInstance::nameFor(QStringLiteral("/tmp/test-home/.config/Pli/Pli.conf")));
    EXPECT_TRUE(a.contains(QString::number(::getuid()))) << a.toStdString();
    EXPECT_LE(a.size(), 100);
}
