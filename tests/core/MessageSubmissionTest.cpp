// MessageSubmission against the real pli-server: the files uploaded (tus) then the message
// posted naming them; a failed post keeping the uploads for the next submission of the same
// draft; an upload the server no longer has sent again, once; a failed upload naming its file;
// cancellation; the 1 GiB limit before any byte. Uploads go through a QueuedUploader, as in
// pli-cli (the desktop's TransferListUploader is driven by tests/ui/ComposePaneTest).
#include "messages/MessageSubmission.h"
#include "JobWait.h"
#include "SignedInApi.h"
#include "TestServer.h"
#include "WaitUntil.h"
#include "messages/QueuedUploader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace pli;
using namespace pli::test;

namespace {

class MessageSubmissions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_marie = m_server.addUser("marie", "collaborator");
        m_server.addPersona(m_marie, "marie@example.test", "Marie Unetelle");
        std::string out;
        ASSERT_EQ(m_server.runAdmin({"conversation", "create", "--from", "marie@example.test",
                                     "--to", m_ada.email, "--title", "Budget requests", "--body",
                                     "Send me the files"},
                                    &out),
                  0)
            << out;
        m_conversation = QString::fromStdString(out.substr(0, out.find('\n')));
        UploadOptions options;
        options.chunkSize = 256 * 1024;
        options.retry.baseDelayMs = 20;
        m_uploader.setOptions(options);
    }

    QString writeFile(const QString &name, qint64 size, QByteArray *content = nullptr)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator(quint32(size))
            .fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (content)
            *content = bytes;
        return path;
    }

    std::unique_ptr<MessageSubmission> submission(const QStringList &files)
    {
        auto job = std::make_unique<MessageSubmission>(
            m_ada.api.get(), &m_uploader,
            OutgoingMessage{m_conversation, QStringLiteral("Here are the files"), files});
        job->setAutoDelete(false);
        return job;
    }

    // Starts `job` and waits for its end; the number of `finished` it emitted.
    int run(MessageSubmission &job)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        EXPECT_TRUE(waitUntilFinished(&job, 30000));
        QTest::qWait(50); // a second `finished` would come now
        return int(finished.count());
    }

    // Uploads created on the server so far (expired ones are swept from its database).
    int uploadsCreated() const
    {
        const std::string log = m_server.log();
        const std::string needle = "POST /api/v1/uploads ";
        int count = 0;
        for (size_t at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
            ++count;
        return count;
    }

    int uploadsOnServer()
    {
        auto guard = m_server.db().lock();
        auto st = m_server.db().query("SELECT COUNT(*) FROM uploads");
        return st.next() ? int(st.integer(0)) : -1;
    }

    // The name and SHA-256 of each attachment of a stored message, in order.
    QStringList storedAttachments(const QString &messageId)
    {
        QStringList out;
        auto guard = m_server.db().lock();
        auto st = m_server.db().query("SELECT name, sha256 FROM attachments WHERE message_id = ? "
                                      "ORDER BY position",
                                      messageId.toStdString());
        while (st.next())
            out.append(QString::fromStdString(st.text(0) + " " + st.text(1)));
        return out;
    }

    static QString entry(const QString &name, const QByteArray &content)
    {
        return name + u' ' +
               QString::fromLatin1(
                   QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    void setMarieActive(bool active)
    {
        auto guard = m_server.db().lock();
        m_server.db().execute("UPDATE users SET active = ? WHERE id = ?", active ? 1 : 0, m_marie);
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    SignedInApi m_ada{m_server, "ada"};
    QueuedUploader m_uploader{m_ada.api.get()};
    std::string m_marie;
    QString m_conversation;
};

TEST_F(MessageSubmissions, UploadsEachFileThenPostsTheMessageNamingThem)
{
    QByteArray sheet, note;
    const QString a = writeFile(QStringLiteral("budget 2015.xlsx"), 600 * 1024, &sheet);
    const QString b = writeFile(QStringLiteral("note.txt"), 1200, &note);
    auto job = submission({a, b, a}); // named twice, attached once
    QSignalSpy progress(job.get(), &Job::progress);
    QSignalSpy posting(job.get(), &MessageSubmission::posting);
    EXPECT_EQ(run(*job), 1);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_TRUE(job->failedFile().isEmpty());
    EXPECT_EQ(posting.count(), 1);
    ASSERT_GT(progress.count(), 2);
    const qint64 total = 600 * 1024 + 1200;
    EXPECT_EQ(job->totalBytes(), total);
    EXPECT_EQ(progress.last().at(0).toLongLong(), total);
    EXPECT_EQ(progress.last().at(1).toLongLong(), total);

    const Message message = job->message();
    EXPECT_EQ(message.body, QStringLiteral("Here are the files"));
    ASSERT_EQ(message.attachments.size(), 2);
    EXPECT_EQ(storedAttachments(message.id),
              (QStringList{entry(QStringLiteral("budget 2015.xlsx"), sheet),
                           entry(QStringLiteral("note.txt"), note)}));
}

TEST_F(MessageSubmissions, AMessageWithoutAttachmentsIsPostedAtOnce)
{
    auto job = submission({});
    QSignalSpy posting(job.get(), &MessageSubmission::posting);
    EXPECT_EQ(run(*job), 1);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(posting.count(), 1);
    EXPECT_TRUE(job->message().attachments.isEmpty());
    EXPECT_EQ(uploadsOnServer(), 0);
}

TEST_F(MessageSubmissions, AFailedPostKeepsTheUploadsForTheNextSubmission)
{
    QByteArray content;
    const QString a = writeFile(QStringLiteral("a.bin"), 300 * 1024, &content);
    setMarieActive(false); // the conversation becomes read-only: the post is refused
    auto first = submission({a});
    EXPECT_EQ(run(*first), 1);
    EXPECT_EQ(first->error().code(), Error::Code::ReadOnly);
    EXPECT_TRUE(first->failedFile().isEmpty()) << "the post failed, not the upload";
    EXPECT_EQ(uploadsCreated(), 1);

    setMarieActive(true);
    auto second = submission({a});
    EXPECT_EQ(run(*second), 1);
    ASSERT_TRUE(second->isSuccess()) << second->error().detail().toStdString();
    EXPECT_EQ(uploadsCreated(), 1) << "the finished upload is named again, not sent again";
    EXPECT_EQ(storedAttachments(second->message().id),
              QStringList{entry(QStringLiteral("a.bin"), content)});
}

TEST_F(MessageSubmissions, AnUploadTheServerNoLongerHasIsSentAgain)
{
    QByteArray content;
    const QString a = writeFile(QStringLiteral("a.bin"), 300 * 1024, &content);
    setMarieActive(false);
    auto first = submission({a});
    EXPECT_EQ(run(*first), 1);
    ASSERT_EQ(first->error().code(), Error::Code::ReadOnly);
    // Meanwhile the finished upload outlived its lifetime on the server.
    {
        auto guard = m_server.db().lock();
        m_server.db().execute("UPDATE uploads SET expires_at = 0");
    }
    setMarieActive(true);
    auto second = submission({a});
    EXPECT_EQ(run(*second), 1);
    ASSERT_TRUE(second->isSuccess()) << second->error().detail().toStdString();
    EXPECT_EQ(uploadsCreated(), 2) << "the file was uploaded a second time";
    EXPECT_EQ(storedAttachments(second->message().id),
              QStringList{entry(QStringLiteral("a.bin"), content)});
}

TEST_F(MessageSubmissions, AnUploadForgottenAgainFailsInsteadOfLooping)
{
    const QString a = writeFile(QStringLiteral("a.bin"), 100 * 1024);
    // Every post makes the server forget the uploads it names (until rolled back with it).
    {
        auto guard = m_server.db().lock();
        m_server.db().execute("CREATE TRIGGER forget_uploads AFTER INSERT ON messages BEGIN "
                              "UPDATE uploads SET expires_at = 0 WHERE attached = 0; END");
    }
    auto job = submission({a});
    EXPECT_EQ(run(*job), 1);
    EXPECT_EQ(job->error().httpStatus(), 404);
    EXPECT_FALSE(job->error().problem().value(QStringLiteral("upload_id")).toString().isEmpty());
    EXPECT_EQ(uploadsCreated(), 2) << "sent again once, not more";
}

TEST_F(MessageSubmissions, AFailedUploadFailsTheSubmissionNamingTheFile)
{
    const QString a = writeFile(QStringLiteral("a.bin"), 100 * 1024);
    // The session ends on the server: the upload meets a 401 that cannot be renewed.
    {
        auto guard = m_server.db().lock();
        m_server.db().execute("UPDATE refresh_tokens SET revoked = 1");
    }
    expireAccessTokens(m_server);
    auto job = submission({a});
    EXPECT_EQ(run(*job), 1);
    EXPECT_EQ(job->error().code(), Error::Code::Unauthorized);
    EXPECT_EQ(job->failedFile(), a);
}

TEST_F(MessageSubmissions, CancelStopsTheUploadAndFinishesOnce)
{
    const QString a = writeFile(QStringLiteral("big.bin"), 16 * 1024 * 1024);
    auto job = submission({a});
    QSignalSpy finished(job.get(), &Job::finished);
    QSignalSpy progress(job.get(), &Job::progress);
    job->start();
    ASSERT_TRUE(
        waitUntil([&] { return !progress.isEmpty() && progress.last().at(0).toLongLong() > 0; }));
    job->cancel();
    EXPECT_EQ(job->error().code(), Error::Code::Cancelled);
    QTest::qWait(300);
    EXPECT_EQ(finished.count(), 1);
    auto guard = m_server.db().lock();
    auto st = m_server.db().query("SELECT offset, length FROM uploads");
    ASSERT_TRUE(st.next());
    EXPECT_LT(st.integer(0), st.integer(1)) << "the upload stopped part way";
}

TEST_F(MessageSubmissions, RefusesAttachmentsOverOneGibibyteBeforeSendingAnything)
{
    const QString big = m_dir.filePath(QStringLiteral("huge.iso"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1073741824LL + 1)); // sparse
    }
    auto job = submission({big});
    EXPECT_EQ(run(*job), 1);
    EXPECT_EQ(job->error().code(), Error::Code::TooLarge);
    EXPECT_EQ(uploadsOnServer(), 0);
}

} // namespace
