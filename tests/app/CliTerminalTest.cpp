// pli-cli at a real (pseudo-)terminal: questions are asked on it, passwords and codes are not
// echoed while typed, the terminal is given back as it was even after Ctrl+C, and transfers
// draw their progress there.
#include "CliFixture.h"

#include "PtySession.h"

#include <QFile>
#include <QRandomGenerator>

using pli::test::CliFixture;
using pli::test::PtySession;

namespace {

class CliTerminal : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        addPerson("alice", "Alice Martin");
        addPerson("marie", "Marie Unetelle", true);
    }
    QByteArray password() const { return QByteArray(kPassword); }
};

TEST_F(CliTerminal, PasswordAndCodeAreNotEchoed)
{
    PtySession terminal(home().environment(),
                        {QStringLiteral("login"), QStringLiteral("--server"), serverUrl()},
                        home().path());
    ASSERT_TRUE(terminal.waitFor("Username: ")) << terminal.screen().toStdString();
    EXPECT_TRUE(terminal.echoes());
    terminal.type("alice\n");
    ASSERT_TRUE(terminal.waitFor("Password for alice on ")) << terminal.screen().toStdString();
    EXPECT_FALSE(terminal.echoes());
    terminal.type(password() + '\n');
    ASSERT_TRUE(terminal.waitFor("Code from your authenticator app"))
        << terminal.screen().toStdString();
    EXPECT_FALSE(terminal.echoes());
    const QByteArray code = freshCode("alice").toLatin1();
    terminal.type(code + '\n');
    EXPECT_EQ(terminal.finish(), 0) << terminal.screen().toStdString();

    const QByteArray screen = terminal.screen();
    EXPECT_TRUE(screen.contains("Username: alice")) << screen.toStdString();
    EXPECT_TRUE(screen.contains("Signed in to")) << screen.toStdString();
    EXPECT_FALSE(screen.contains(password())) << screen.toStdString();
    EXPECT_FALSE(screen.contains(code)) << screen.toStdString();
    EXPECT_TRUE(terminal.echoes());
}

TEST_F(CliTerminal, AWrongCodeTypedAtTheTerminalIsAskedAgain)
{
    PtySession terminal(home().environment(),
                        {QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                         QStringLiteral("--user"), QStringLiteral("alice")},
                        home().path());
    ASSERT_TRUE(terminal.waitFor("Password for alice")) << terminal.screen().toStdString();
    terminal.type(password() + '\n');
    ASSERT_TRUE(terminal.waitFor("Code from your authenticator app"))
        << terminal.screen().toStdString();
    terminal.type("000000\n");
    ASSERT_TRUE(terminal.waitFor("The code is incorrect.")) << terminal.screen().toStdString();
    ASSERT_TRUE(terminal.waitFor("left.\r\nCode from your authenticator app"))
        << terminal.screen().toStdString();
    terminal.type(freshCode("alice").toLatin1() + '\n');
    EXPECT_EQ(terminal.finish(), 0) << terminal.screen().toStdString();
}

TEST_F(CliTerminal, CtrlCAtThePasswordPromptGivesTheTerminalBack)
{
    PtySession terminal(home().environment(),
                        {QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                         QStringLiteral("--user"), QStringLiteral("alice")},
                        home().path());
    ASSERT_TRUE(terminal.waitFor("Password for alice")) << terminal.screen().toStdString();
    EXPECT_FALSE(terminal.echoes());
    terminal.type("secr\x03");
    EXPECT_EQ(terminal.finish(), 128 + SIGINT) << terminal.screen().toStdString();
    EXPECT_TRUE(terminal.echoes());
    EXPECT_FALSE(terminal.screen().contains("secr"));
}

TEST_F(CliTerminal, DownloadDrawsItsProgressOnTheTerminal)
{
    const QString original = home().filePath(QStringLiteral("scan.pdf"));
    {
        QByteArray bytes(32 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile file(original);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const std::string conversation = createConversation(
        "marie@example.test", "alice@example.test", "Scans", "The scan", {original.toStdString()});
    std::string attachment;
    {
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT a.id FROM attachments a JOIN messages m ON "
                                      "m.id = a.message_id WHERE m.conversation_id = ?",
                                      conversation);
        ASSERT_TRUE(st.next());
        attachment = st.text(0);
    }
    QFile::remove(original);
    // Signing in at the terminal inside the command itself: no keychain needed.
    PtySession terminal(home().environment(),
                        {QStringLiteral("download"), QString::fromStdString(attachment),
                         QStringLiteral("--server"), serverUrl(), QStringLiteral("--user"),
                         QStringLiteral("alice")},
                        home().path());
    ASSERT_TRUE(terminal.waitFor("Password for alice")) << terminal.screen().toStdString();
    terminal.type(password() + '\n');
    ASSERT_TRUE(terminal.waitFor("Code from your authenticator app"))
        << terminal.screen().toStdString();
    terminal.type(freshCode("alice").toLatin1() + '\n');
    EXPECT_EQ(terminal.finish(), 0) << terminal.screen().toStdString();
    const QByteArray screen = terminal.screen();
    EXPECT_TRUE(screen.contains("\r\x1b[Kscan.pdf  100%  32.00 MiB of 32.00 MiB"))
        << screen.toStdString();
    EXPECT_TRUE(screen.contains("Saved ")) << screen.toStdString();
    EXPECT_EQ(QFileInfo(home().filePath(QStringLiteral("scan.pdf"))).size(), 32 * 1024 * 1024);
}

} // namespace
