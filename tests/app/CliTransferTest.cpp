// Replies with attachments and downloads from the terminal against a real pli-server: what
// reaches the server, what lands on disk (checked by SHA-256), and the refusals that must
// happen before any byte is sent or kept.
#include "CliFixture.h"

#include "AttachmentStore.h"
#include "WaitUntil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <fstream>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

class CliTransfer : public CliFixture
{
protected:
    void SetUp() override
    {
        if (!hasTestKeyring())
            GTEST_SKIP() << "needs the keyring of scripts/with-test-session.sh";
        CliFixture::SetUp();
        addPerson("alice", "Alice Martin");
        addPerson("marie", "Marie Unetelle", true);
        signIn("alice");
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = home().filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // A conversation from Marie with one attachment; returns its attachment id.
    QString conversationWithAttachment(const QString &path, std::string *conversationId = nullptr)
    {
        const std::string id =
            createConversation("marie@example.test", "alice@example.test", "Budget requests",
                               "The quote", {path.toStdString()});
        if (conversationId)
            *conversationId = id;
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT a.id FROM attachments a JOIN messages m ON "
                                      "m.id = a.message_id WHERE m.conversation_id = ?",
                                      id);
        return st.next() ? QString::fromStdString(st.text(0)) : QString();
    }

    int uploadsOnServer()
    {
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT COUNT(*) FROM uploads");
        return st.next() ? int(st.integer(0)) : -1;
    }
};

TEST_F(CliTransfer, ReplyCarriesTwoAttachmentsToTheServer)
{
    const std::string conversation = createConversation("marie@example.test", "alice@example.test",
                                                        "Budget requests", "Send me the files");
    const QString sheet = writeFile(QStringLiteral("budget 2015.xlsx"), randomBytes(300000, 1));
    const QString note = writeFile(QStringLiteral("note.txt"), "Approved by the committee.\n");

    const CliResult result = cli({QStringLiteral("reply"), QString::fromStdString(conversation),
                                  QStringLiteral("--message"), QStringLiteral("Here are the files"),
                                  QStringLiteral("--attach"), sheet, QStringLiteral("-a"), note,
                                  QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QJsonObject message = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(message[QStringLiteral("body")].toString(), QStringLiteral("Here are the files"));
    EXPECT_EQ(message[QStringLiteral("attachments")].toArray().size(), 2);

    auto guard = server().db().lock();
    auto st = server().db().query(
        "SELECT a.name, a.size, a.sha256, m.body FROM attachments a JOIN messages m ON "
        "m.id = a.message_id WHERE m.id = ? ORDER BY a.position",
        message[QStringLiteral("id")].toString().toStdString());
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "budget 2015.xlsx");
    EXPECT_EQ(st.integer(1), 300000);
    EXPECT_EQ(st.text(2), sha256Of(sheet).toStdString());
    EXPECT_EQ(st.text(3), "Here are the files");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "note.txt");
    EXPECT_EQ(st.text(2), sha256Of(note).toStdString());
    EXPECT_FALSE(st.next());
}

TEST_F(CliTransfer, ReplySendsAgainAnUploadTheServerNoLongerHas)
{
    const std::string conversation = createConversation("marie@example.test", "alice@example.test",
                                                        "Budget requests", "Send me the file");
    const QByteArray bytes = randomBytes(200000, 3);
    const QString sheet = writeFile(QStringLiteral("budget 2015.xlsx"), bytes);
    // The finished upload expires between its last byte and the post (the server then answers
    // 404 naming it); the post rolls back, so only the first upload is ever forgotten.
    {
        auto guard = server().db().lock();
        server().db().execute("CREATE TRIGGER expire_first_upload AFTER INSERT ON messages "
                              "WHEN (SELECT COUNT(*) FROM uploads) = 1 BEGIN "
                              "UPDATE uploads SET expires_at = 0 WHERE attached = 0; END");
    }
    const CliResult result =
        cli({QStringLiteral("reply"), QString::fromStdString(conversation), QStringLiteral("-m"),
             QStringLiteral("Here it is"), QStringLiteral("-a"), sheet, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QJsonObject message = QJsonDocument::fromJson(result.out.toUtf8()).object();
    ASSERT_EQ(message[QStringLiteral("attachments")].toArray().size(), 1);
    const std::string log = server().log();
    int created = 0;
    for (size_t at = log.find("POST /api/v1/uploads "); at != std::string::npos;
         at = log.find("POST /api/v1/uploads ", at + 1))
        ++created;
    EXPECT_EQ(created, 2) << "the file was uploaded a second time";
    auto guard = server().db().lock();
    auto st = server().db().query("SELECT sha256 FROM attachments WHERE message_id = ?",
                                  message[QStringLiteral("id")].toString().toStdString());
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), sha256Of(sheet).toStdString());
}

TEST_F(CliTransfer, ReplyWithoutAttachmentsInText)
{
    const std::string conversation =
        createConversation("marie@example.test", "alice@example.test", "Budget", "Any news?");
    const CliResult result = cli({QStringLiteral("reply"), QString::fromStdString(conversation),
                                  QStringLiteral("-m"), QStringLiteral("Not yet.")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("^Message m_\\w+ posted with 0 attachments.\\n$"))))
        << describe(result);
    const CliResult missing = cli({QStringLiteral("reply"), QString::fromStdString(conversation)});
    EXPECT_EQ(missing.exitCode, 2) << describe(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--message TEXT"))) << describe(missing);
}

TEST_F(CliTransfer, DownloadsAndChecksAnAttachment)
{
    const QString original =
        writeFile(QStringLiteral("source.bin"), randomBytes(3 * 1024 * 1024 + 7, 2));
    const QString attachment = conversationWithAttachment(original);
    ASSERT_FALSE(attachment.isEmpty());
    QDir(home().path()).mkdir(QStringLiteral("downloads"));
    const QString folder = home().filePath(QStringLiteral("downloads"));

    CliResult result = cli({QStringLiteral("download"), attachment, QStringLiteral("-o"), folder});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QString first = folder + QStringLiteral("/source.bin");
    EXPECT_TRUE(result.out.contains(QStringLiteral("Saved ") + first)) << describe(result);
    EXPECT_EQ(sha256Of(first), sha256Of(original));
    // Progress goes to a terminal only: a pipe gets nothing on standard error.
    EXPECT_TRUE(result.err.isEmpty()) << describe(result);

    // Never replaces an existing file.
    result = cli({QStringLiteral("download"), attachment, QStringLiteral("-o"), folder,
                  QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QJsonObject saved = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(saved[QStringLiteral("path")].toString(), folder + QStringLiteral("/source (1).bin"));
    EXPECT_EQ(saved[QStringLiteral("sha256")].toString(), sha256Of(original));
    EXPECT_EQ(sha256Of(folder + QStringLiteral("/source (1).bin")), sha256Of(original));

    // An explicit file name; by default the current folder.
    result = cli({QStringLiteral("download"), attachment, QStringLiteral("-o"),
                  home().filePath(QStringLiteral("copy.bin"))});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(sha256Of(home().filePath(QStringLiteral("copy.bin"))), sha256Of(original));
    result = cli({QStringLiteral("download"), attachment});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(sha256Of(home().filePath(QStringLiteral("source (1).bin"))), sha256Of(original));

    // The download shows in the conversation's activity.
    const CliResult activity =
        cli({QStringLiteral("activity"), [&] {
                 auto guard = server().db().lock();
                 auto st = server().db().query("SELECT m.conversation_id FROM attachments a JOIN "
                                               "messages m ON m.id = a.message_id WHERE a.id = ?",
                                               attachment.toStdString());
                 return st.next() ? QString::fromStdString(st.text(0)) : QString();
             }()});
    EXPECT_TRUE(activity.out.contains(QStringLiteral("downloaded"))) << describe(activity);

    const CliResult noFolder = cli({QStringLiteral("download"), attachment, QStringLiteral("-o"),
                                    home().filePath(QStringLiteral("no/such/folder/file.bin"))});
    EXPECT_EQ(noFolder.exitCode, 1) << describe(noFolder);
}

TEST_F(CliTransfer, ACorruptedFileIsAnIntegrityErrorAndIsNotKept)
{
    const QString original = writeFile(QStringLiteral("ledger.csv"), randomBytes(200000, 3));
    const QString attachment = conversationWithAttachment(original);
    ASSERT_FALSE(attachment.isEmpty());
    {
        // The stored bytes change behind the server's back (disk fault): same size, other
        // content, while the recorded digest stays.
        const auto blob =
            pli::server::AttachmentStore(server().dataDir()).blobPath(attachment.toStdString());
        std::fstream file(blob, std::ios::in | std::ios::out | std::ios::binary);
        ASSERT_TRUE(file.is_open()) << blob;
        file.seekp(1000);
        file.write("CORRUPTED", 9);
    }
    QDir(home().path()).mkdir(QStringLiteral("downloads"));
    const QString folder = home().filePath(QStringLiteral("downloads"));
    const CliResult result =
        cli({QStringLiteral("download"), attachment, QStringLiteral("-o"), folder});
    EXPECT_EQ(result.exitCode, 6) << describe(result);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("The downloaded file does not match the original and was not kept.")))
        << describe(result);
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(folder).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
}

TEST_F(CliTransfer, AFileOverOneGibibyteIsRefusedBeforeAnythingIsSent)
{
    const std::string conversation =
        createConversation("marie@example.test", "alice@example.test", "Budget", "Big files?");
    const QString big = home().filePath(QStringLiteral("huge.iso"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1073741824LL + 1)); // sparse: no disk space used
    }
    const std::string logBefore = server().log();
    const CliResult result =
        cli({QStringLiteral("reply"), QString::fromStdString(conversation), QStringLiteral("-m"),
             QStringLiteral("The image"), QStringLiteral("--attach"), big});
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("too large"))) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("huge.iso"))) << describe(result);
    // Not one request: no sign-in, no upload, no message.
    EXPECT_EQ(server().log(), logBefore);
    EXPECT_EQ(uploadsOnServer(), 0);

    // Two files that together pass the limit are refused the same way.
    const QString half = home().filePath(QStringLiteral("half.iso"));
    {
        QFile file(half);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(600LL * 1024 * 1024));
    }
    const CliResult both =
        cli({QStringLiteral("reply"), QString::fromStdString(conversation), QStringLiteral("-m"),
             QStringLiteral("Two halves"), QStringLiteral("-a"), half, QStringLiteral("-a"), half});
    EXPECT_EQ(both.exitCode, 2) << describe(both);
    EXPECT_EQ(uploadsOnServer(), 0);

    const CliResult missing = cli({QStringLiteral("reply"), QString::fromStdString(conversation),
                                   QStringLiteral("-m"), QStringLiteral("x"), QStringLiteral("-a"),
                                   home().filePath(QStringLiteral("not-there.pdf"))});
    EXPECT_EQ(missing.exitCode, 2) << describe(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("not-there.pdf"))) << describe(missing);
}

TEST_F(CliTransfer, AReadOnlyOrUnknownConversationGetsNoUpload)
{
    const std::string conversation =
        createConversation("marie@example.test", "alice@example.test", "Budget", "Hello");
    ASSERT_EQ(server().runAdmin({"user", "deactivate", "marie"}), 0);
    const QString file = writeFile(QStringLiteral("a.txt"), "content");
    CliResult result =
        cli({QStringLiteral("reply"), QString::fromStdString(conversation), QStringLiteral("-m"),
             QStringLiteral("Hi"), QStringLiteral("-a"), file});
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("read-only"))) << describe(result);
    result = cli({QStringLiteral("reply"), QStringLiteral("c_unknown"), QStringLiteral("-m"),
                  QStringLiteral("Hi"), QStringLiteral("-a"), file});
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_EQ(uploadsOnServer(), 0);
}

// The access token ends in the middle of a transfer (revoked behind the client's back, as an
// expiry would): the command renews it with the refresh token and goes on instead of failing.
class CliTransferRenewal : public CliTransfer
{
protected:
    int refreshesLogged()
    {
        const std::string log = server().log();
        int count = 0;
        for (auto at = log.find("POST /api/v1/auth/refresh 200"); at != std::string::npos;
             at = log.find("POST /api/v1/auth/refresh 200", at + 1))
            ++count;
        return count;
    }
    void revokeAccessTokens()
    {
        auto guard = server().db().lock();
        server().db().execute("DELETE FROM access_tokens");
    }
};

TEST_F(CliTransferRenewal, ATokenEndingMidTransferIsRenewed)
{
    const std::string conversation =
        createConversation("marie@example.test", "alice@example.test", "Scans", "Send them");
    const QString file = home().filePath(QStringLiteral("scans.tar"));
    {
        QFile sparse(file);
        ASSERT_TRUE(sparse.open(QIODevice::WriteOnly));
        ASSERT_TRUE(sparse.resize(512LL * 1024 * 1024));
    }
    const auto uploaded = [&]() -> qint64 {
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT offset FROM uploads");
        return st.next() ? st.integer(0) : 0;
    };

    int before = refreshesLogged();
    pli::test::CliProcess reply(home().environment(),
                                {QStringLiteral("reply"), QString::fromStdString(conversation),
                                 QStringLiteral("-m"), QStringLiteral("Scans"),
                                 QStringLiteral("-a"), file, QStringLiteral("--json")},
                                home().path());
    reply.closeInput();
    ASSERT_TRUE(pli::test::waitUntil([&] { return uploaded() > 0 || !reply.isRunning(); }, 60000));
    ASSERT_LT(uploaded(), 512LL * 1024 * 1024) << "the upload ended before the token could";
    revokeAccessTokens();
    CliResult result = reply.finish();
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(refreshesLogged() - before, 2) << "one at the start, one in the middle";
    const QString attachment = QJsonDocument::fromJson(result.out.toUtf8())
                                   .object()[QStringLiteral("attachments")]
                                   .toArray()
                                   .at(0)[QStringLiteral("id")]
                                   .toString();
    ASSERT_FALSE(attachment.isEmpty()) << describe(result);

    before = refreshesLogged();
    const std::string firstChunk =
        "GET /api/v1/attachments/" + attachment.toStdString() + "/content 206";
    pli::test::CliProcess download(home().environment(),
                                   {QStringLiteral("download"), attachment, QStringLiteral("-o"),
                                    home().filePath(QStringLiteral("back.tar"))},
                                   home().path());
    download.closeInput();
    ASSERT_TRUE(pli::test::waitUntil(
        [&] {
            return server().log().find(firstChunk) != std::string::npos || !download.isRunning();
        },
        60000));
    ASSERT_TRUE(download.isRunning()) << "the download ended before the token could";
    revokeAccessTokens();
    result = download.finish();
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(refreshesLogged() - before, 2) << "one at the start, one in the middle";
    EXPECT_EQ(sha256Of(home().filePath(QStringLiteral("back.tar"))), sha256Of(file));
}

} // namespace
