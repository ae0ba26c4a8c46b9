// The "done when" of the transfers: `pli-cli download` and `pli-cli reply --attach` move 1 GiB
// files correctly through a proxy that breaks connections on purpose, and after a kill -9 the
// same command continues where the killed one stopped instead of starting over.
#include "CliFixture.h"

#include "FaultProxy.h"
#include "WaitUntil.h"
#include "transfers/DownloadJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using pli::test::CliFixture;
using pli::test::CliProcess;
using pli::test::CliResult;
using pli::test::describe;
using pli::test::FaultProxy;
using pli::test::waitUntil;

namespace {

constexpr qint64 kGiB = 1073741824;
constexpr qint64 kChunk = 8 * 1024 * 1024; // pli-core's default transfer chunk
constexpr int kConnections = 4;            // and its default parallel downloads

// 1 GiB of incompressible bytes, quickly: one random MiB, each copy stamped with its index so
// that no two MiB are alike (a misplaced chunk changes the digest).
void writeGiB(const QString &path, quint32 seed)
{
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (qint64 i = 0; i < kGiB / block.size(); ++i) {
        std::memcpy(block.data(), &i, sizeof i);
        ASSERT_EQ(file.write(block), block.size());
    }
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

class CliLargeTransfer : public CliFixture
{
protected:
    void SetUp() override
    {
        if (!hasTestKeyring())
            GTEST_SKIP() << "needs the keyring of scripts/with-test-session.sh";
        CliFixture::SetUp();
        m_proxy = std::make_unique<FaultProxy>(quint16(server().port()));
        addPerson("alice", "Alice Martin");
        addPerson("marie", "Marie Unetelle", true);
        signIn("alice", proxyUrl());
    }

    QString proxyUrl() const { return QString::fromLatin1(m_proxy->baseUrl()); }

    int requestsContaining(const QByteArray &text) const
    {
        int count = 0;
        for (const QByteArray &request : m_proxy->requests())
            count += request.contains(text) ? 1 : 0;
        return count;
    }

    std::unique_ptr<FaultProxy> m_proxy;
};

TEST_F(CliLargeTransfer, DownloadsOneGibibyteThroughFaultsAndAfterAKill)
{
    const QString original = home().filePath(QStringLiteral("archive.bin"));
    writeGiB(original, 11);
    const std::string conversation =
        createConversation("marie@example.test", "alice@example.test", "Archive", "The archive",
                           {original.toStdString()});
    QString attachment;
    QString expectedSha;
    {
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT a.id, a.sha256 FROM attachments a JOIN messages m "
                                      "ON m.id = a.message_id WHERE m.conversation_id = ?",
                                      conversation);
        ASSERT_TRUE(st.next());
        attachment = QString::fromStdString(st.text(0));
        expectedSha = QString::fromStdString(st.text(1));
    }
    QFile::remove(original); // the disk holds the server's copy and ours only
    QDir(home().path()).mkdir(QStringLiteral("downloads"));
    const QString folder = home().filePath(QStringLiteral("downloads"));
    const QStringList command{QStringLiteral("download"), attachment, QStringLiteral("-o"), folder};

    CliProcess first(home().environment(), command, home().path());
    first.closeInput();
    // Break the first chunk responses (not the metadata request before them): a reset half
    // way, a body cut short near its end, a reset right after the headers.
    ASSERT_TRUE(waitUntil([&] { return requestsContaining("/content") > 0; }, 60000))
        << first.err().toStdString();
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.5});
    m_proxy->addFault({FaultProxy::Kind::Truncate, 0.99});
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.0});
    ASSERT_TRUE(waitUntil([&] { return m_proxy->responseBodyBytes() >= kGiB * 2 / 5; }, 300000))
        << first.err().toStdString();
    first.kill();
    const qint64 deliveredBeforeKill = m_proxy->responseBodyBytes();
    EXPECT_EQ(m_proxy->faultsApplied(), 3);
    ASSERT_TRUE(QFile::exists(folder + QStringLiteral("/archive.bin.part")));
    ASSERT_FALSE(QFile::exists(folder + QStringLiteral("/archive.bin")));
    // What the killed download kept: whole chunks, per its journal. (Not the proxy's count of
    // bytes sent: those include bytes still in the killed process's socket buffers, up to
    // tens of MiB on loopback under load, and the chunks its faults broke.)
    const auto journal = pli::DownloadJournal::load(
        pli::DownloadJournal::journalPathFor(folder + QStringLiteral("/archive.bin.part")));
    ASSERT_TRUE(journal.has_value());
    const qint64 keptAtKill = journal->completedBytes();
    EXPECT_GE(keptAtKill, deliveredBeforeKill - kConnections * kChunk - 3 * kChunk)
        << "kept " << keptAtKill << " of " << deliveredBeforeKill << " received";

    m_proxy->resetCounters();
    CliProcess second(home().environment(), command, home().path());
    second.closeInput();
    const CliResult result = second.finish(600000);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QString target = folder + QStringLiteral("/archive.bin");
    EXPECT_TRUE(result.out.contains(QStringLiteral("Saved ") + target)) << describe(result);
    // Continued, not restarted: only what the journal did not keep comes again.
    EXPECT_LE(m_proxy->responseBodyBytes(), kGiB - keptAtKill + 1024 * 1024)
        << "fetched again " << m_proxy->responseBodyBytes() << " after keeping " << keptAtKill;
    EXPECT_EQ(QFileInfo(target).size(), kGiB);
    EXPECT_EQ(sha256Of(target), expectedSha);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("archive.bin")});
}

TEST_F(CliLargeTransfer, UploadsOneGibibyteThroughFaultsAndAfterAKill)
{
    const std::string conversation = createConversation("marie@example.test", "alice@example.test",
                                                        "Archive", "Send me the archive");
    const QString file = home().filePath(QStringLiteral("backup.bin"));
    writeGiB(file, 12);
    const QString localSha = sha256Of(file);
    const QStringList command{QStringLiteral("reply"),    QString::fromStdString(conversation),
                              QStringLiteral("-m"),       QStringLiteral("Here it is"),
                              QStringLiteral("--attach"), file,
                              QStringLiteral("--json")};
    const auto uploadOffset = [&]() -> qint64 {
        auto guard = server().db().lock();
        auto st = server().db().query("SELECT offset FROM uploads");
        return st.next() ? st.integer(0) : -1;
    };

    // Two PATCH bodies cut: the connection reset half way, then near the start.
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.5, FaultProxy::Direction::Request, "PATCH"});
    m_proxy->addFault({FaultProxy::Kind::Reset, 0.1, FaultProxy::Direction::Request, "PATCH"});
    CliProcess first(home().environment(), command, home().path());
    first.closeInput();
    ASSERT_TRUE(waitUntil([&] { return uploadOffset() >= kGiB * 2 / 5; }, 300000))
        << first.err().toStdString();
    first.kill();
    EXPECT_EQ(m_proxy->faultsApplied(), 2);
    const qint64 offsetAtKill = uploadOffset();

    m_proxy->resetCounters();
    CliProcess second(home().environment(), command, home().path());
    second.closeInput();
    const CliResult result = second.finish(600000);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QJsonObject message = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(message[QStringLiteral("body")].toString(), QStringLiteral("Here it is"));

    // The same upload went on from where the server stood: one upload, and no more PATCHes
    // than the chunks that were left (plus the one the kill interrupted).
    const qint64 chunksLeft = (kGiB - offsetAtKill + kChunk - 1) / kChunk;
    EXPECT_LE(requestsContaining("PATCH "), chunksLeft + 1);
    EXPECT_EQ(requestsContaining("POST /api/v1/uploads"), 0);
    auto guard = server().db().lock();
    auto uploads = server().db().query("SELECT COUNT(*) FROM uploads");
    ASSERT_TRUE(uploads.next());
    EXPECT_EQ(uploads.integer(0), 1);
    auto st = server().db().query("SELECT a.size, a.sha256, a.name FROM attachments a JOIN "
                                  "messages m ON m.id = a.message_id WHERE m.id = ?",
                                  message[QStringLiteral("id")].toString().toStdString());
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), kGiB);
    EXPECT_EQ(QString::fromStdString(st.text(1)), localSha);
    EXPECT_EQ(st.text(2), "backup.bin");
}

} // namespace
