// The client over TLS against pli-server --tls-self-signed, each account trusting the server's
// own authority the way `pli-cli login --ca-file` and the desktop's trust page make it: signing
// in, a download in parallel ranges, a tus upload (its PATCHes on sockets of their own) and the
// event stream. Without that trust the server is refused before anything is sent; when the
// server's authority changes, every kind of request refuses it as a changed certificate.
#include "JobWait.h"
#include "SignInFlow.h"
#include "SignedInApi.h"
#include "TestCertificates.h"
#include "TestServer.h"
#include "WaitUntil.h"

#include "api/CreateConversationJob.h"
#include "api/GetMeJob.h"
#include "auth/AuthSession.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "net/EventStream.h"
#include "transfers/AttachmentStore.h"
#include "transfers/ChunkedDownload.h"
#include "transfers/StreamedFileRequest.h"
#include "transfers/TusUpload.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

using namespace pli;
using namespace pli::test;

namespace {

const std::vector<std::string> kServerArguments{"--tls-self-signed", "--sse-keep-alive", "1"};

RequestAuthorizer authorizerOf(ApiClient *api)
{
    return [api](QNetworkRequest &request) { api->authorize(request); };
}

class OverTls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<TestServer>(m_data.path(), kServerArguments);
        ASSERT_TRUE(m_server->isTls());
        m_authority = authorityOf(*m_server);
        ASSERT_FALSE(m_authority.isEmpty());
    }

    // The server starts again on the same data with an authority made anew (and another port).
    void restartWithANewAuthority()
    {
        m_server.reset();
        std::filesystem::remove(m_data.path() / "tls" / "ca.pem");
        std::filesystem::remove(m_data.path() / "tls" / "ca-key.pem");
        m_server = std::make_unique<TestServer>(m_data.path(), kServerArguments);
    }

    // An attachment of `size` random bytes in a conversation of `user`; returns its id.
    QString addAttachment(const SignedInApi &user, qint64 size)
    {
        auto &db = m_server->db();
        {
            auto guard = db.lock();
            db.execute("INSERT INTO conversations (id, title, owner_persona_id, created_at, "
                       "modified_at) VALUES ('c1', 'Budget', ?, 0, 0)",
                       user.personaId);
            db.execute("INSERT INTO conversation_members (conversation_id, persona_id, role, "
                       "joined_at) VALUES ('c1', ?, 'collaborator', 0)",
                       user.personaId);
            db.execute("INSERT INTO messages (id, conversation_id, sender_persona_id, body, "
                       "sent_at) VALUES ('m1', 'c1', ?, 'see attached', 0)",
                       user.personaId);
        }
        m_content = QByteArray(size, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(m_content.data()),
                                      m_content.size() / 4);
        const std::string source = m_dir.filePath(QStringLiteral("source.bin")).toStdString();
        std::ofstream(source, std::ios::binary).write(m_content.constData(), m_content.size());
        server::AttachmentStore store(m_server->dataDir());
        auto guard = db.lock();
        return QString::fromStdString(store.importFile(db, "m1", source, "budget.xlsx", "").id);
    }

    std::unique_ptr<ChunkedDownload> download(ApiClient *api, const QString &attachmentId)
    {
        DownloadRequest request;
        request.url = api->endpoint(QStringLiteral("/attachments/%1/content").arg(attachmentId));
        request.attachmentId = attachmentId;
        request.directory = m_dir.filePath(QStringLiteral("out"));
        request.fileName = QStringLiteral("budget.xlsx");
        DownloadOptions options;
        options.chunkSize = 128 * 1024;
        options.connections = 4;
        options.stallTimeoutMs = 5000;
        options.retry.baseDelayMs = 20;
        auto job =
            std::make_unique<ChunkedDownload>(api->network(), authorizerOf(api), request, options);
        job->setAutoDelete(false);
        job->renewSessionThrough(api);
        return job;
    }

    std::unique_ptr<TusUpload> upload(ApiClient *api, const QString &filePath)
    {
        UploadRequest request;
        request.endpoint = api->endpoint(QStringLiteral("/uploads"));
        request.filePath = filePath;
        UploadOptions options;
        options.chunkSize = 512 * 1024;
        options.stallTimeoutMs = 5000;
        options.retry.baseDelayMs = 20;
        auto job = std::make_unique<TusUpload>(api->network(), authorizerOf(api), request, options);
        job->setAutoDelete(false);
        job->renewSessionThrough(api);
        return job;
    }

    static bool runToEnd(Job &job)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return job.isFinished() || finished.wait(60000);
    }

    QString writeFile(const QString &name, qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    TempDir m_data;
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_authority;
    QByteArray m_content;
};

} // namespace

TEST_F(OverTls, SignsInTrustingTheServersOwnAuthority)
{
    SignInFlow(*m_server).addEnrolledUser("ada");
    ApiClient api(urlOf(*m_server));
    ASSERT_FALSE(api.setTrustedCertificates(m_authority));
    AuthSession auth(&api);
    auth.signIn(QStringLiteral("ada"), QString::fromLatin1(SignInFlow::kPassword));
    ASSERT_TRUE(waitUntil([&] {
        return auth.state() == AuthSession::State::SecondFactorRequired ||
               auth.state() == AuthSession::State::Failed;
    }));
    ASSERT_EQ(auth.state(), AuthSession::State::SecondFactorRequired)
        << auth.lastError().codeName().toStdString() << auth.lastError().detail().toStdString();
    auth.submitTotpCode(
        QString::fromStdString(SignInFlow(*m_server).freshTotpCode("ada").value_or("")));
    ASSERT_TRUE(waitUntil([&] { return auth.state() == AuthSession::State::SignedIn; }));
    auto me = waitFor(api.getMe());
    ASSERT_TRUE(me->isSuccess()) << me->error().codeName().toStdString();
    EXPECT_EQ(me->me().username, QStringLiteral("ada"));
}

TEST_F(OverTls, RefusesTheServerBeforeSendingAnythingUntilItsAuthorityIsTrusted)
{
    SignInFlow(*m_server).addEnrolledUser("ada");
    ApiClient api(urlOf(*m_server));
    AuthSession auth(&api);
    auth.signIn(QStringLiteral("ada"), QString::fromLatin1(SignInFlow::kPassword));
    ASSERT_TRUE(waitUntil([&] { return auth.state() == AuthSession::State::Failed; }));
    const Error error = auth.lastError();
    EXPECT_EQ(error.code(), Error::Code::UntrustedCertificate);
    // The fingerprint to compare is the one the server printed, of the authority it presented.
    EXPECT_EQ(error.detail(), QString::fromStdString(m_server->caFingerprint()));
    const CertificateDetails root = CertificateDetails::presentedRoot(error);
    EXPECT_EQ(root.fingerprint, QString::fromStdString(m_server->caFingerprint()));
    EXPECT_EQ(QSslCertificate(root.pem), QSslCertificate(m_authority));
    EXPECT_EQ(m_server->log().find("/api/v1/auth/login"), std::string::npos)
        << "nothing reaches a server whose certificate is not trusted";

    // Trusting the authority it presented is what the trust page does: then it signs in.
    ASSERT_FALSE(api.setTrustedCertificates(root.pem));
    auth.signIn(QStringLiteral("ada"), QString::fromLatin1(SignInFlow::kPassword));
    ASSERT_TRUE(
        waitUntil([&] { return auth.state() == AuthSession::State::SecondFactorRequired; }));
}

TEST_F(OverTls, DownloadsInParallelRanges)
{
    SignedInApi ada(*m_server, "ada");
    const QString attachment = addAttachment(ada, 3 * 1024 * 1024 + 17);
    auto job = download(ada.api.get(), attachment);
    ASSERT_TRUE(runToEnd(*job));
    ASSERT_TRUE(job->isSuccess()) << job->error().codeName().toStdString()
                                  << job->error().detail().toStdString();
    QFile saved(m_dir.filePath(QStringLiteral("out/budget.xlsx")));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll() == m_content);
}

TEST_F(OverTls, UploadsWithTus)
{
    SignedInApi ada(*m_server, "ada");
    const qint64 size = 2 * 1024 * 1024 + 3;
    auto job = upload(ada.api.get(), writeFile(QStringLiteral("report.pdf"), size));
    ASSERT_TRUE(runToEnd(*job));
    ASSERT_TRUE(job->isSuccess()) << job->error().codeName().toStdString()
                                  << job->error().detail().toStdString();
    EXPECT_EQ(job->offset(), size);
    EXPECT_EQ(job->bytesSent(), size) << "every byte went in a PATCH over TLS";
}

TEST_F(OverTls, StreamsEvents)
{
    SignedInApi paula(*m_server, "paula");
    SignedInApi marc(*m_server, "marc", "collaborator");
    EventStream stream(paula.api.get());
    stream.setKeepAliveInterval(1000);
    stream.setReconnectDelays(50, 300);
    QStringList created;
    QObject::connect(
        &stream, &EventStream::messageCreated,
        [&](const QString &conversation, const QString &) { created.append(conversation); });
    stream.start();
    ASSERT_TRUE(waitUntil([&] { return stream.isOpen(); }));

    NewConversation draft;
    draft.personaId = QString::fromStdString(marc.personaId);
    draft.title = QStringLiteral("Over TLS");
    draft.participants = {QString::fromStdString(paula.email)};
    draft.body = QStringLiteral("Bonjour Paula");
    auto job = waitFor(marc.api->createConversation(draft));
    ASSERT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
    ASSERT_TRUE(waitUntil([&] { return created.contains(job->conversationId()); }));
}

TEST_F(OverTls, RefusesAChangedCertificateInEveryKindOfRequest)
{
    SignedInApi ada(*m_server, "ada");
    ApiClient *api = ada.api.get();
    const QString attachment = addAttachment(ada, 512 * 1024);
    const QString oldFingerprint = QString::fromStdString(m_server->caFingerprint());
    restartWithANewAuthority();
    const QString newFingerprint = QString::fromStdString(m_server->caFingerprint());
    ASSERT_NE(newFingerprint, oldFingerprint);
    api->setServerUrl(urlOf(*m_server)); // the same server, restarted on another port

    auto me = waitFor(api->getMe());
    EXPECT_EQ(me->error().code(), Error::Code::CertificateChanged);
    EXPECT_EQ(me->error().detail(), newFingerprint);

    auto fetch = download(api, attachment);
    ASSERT_TRUE(runToEnd(*fetch));
    EXPECT_EQ(fetch->error().code(), Error::Code::CertificateChanged);
    EXPECT_EQ(fetch->error().detail(), newFingerprint);

    auto send = upload(api, writeFile(QStringLiteral("report.pdf"), 1024));
    ASSERT_TRUE(runToEnd(*send));
    EXPECT_EQ(send->error().code(), Error::Code::CertificateChanged);

    EventStream stream(api);
    stream.setReconnectDelays(50, 300);
    QSignalSpy stopped(&stream, &EventStream::stopped);
    stream.start();
    ASSERT_TRUE(stopped.count() > 0 || stopped.wait(20000));
    EXPECT_EQ(stopped.first().first().value<Error>().code(), Error::Code::CertificateChanged);

    // A PATCH goes on a socket of its own, with the same trust and the same verdict.
    QNetworkRequest patchRequest(api->endpoint(QStringLiteral("/uploads/u1")));
    api->authorize(patchRequest);
    StreamedFileRequest patch(patchRequest, "PATCH", m_dir.filePath(QStringLiteral("report.pdf")),
                              0, 1024);
    QSignalSpy patched(&patch, &StreamedFileRequest::finished);
    patch.start();
    ASSERT_TRUE(patched.count() > 0 || patched.wait(20000));
    EXPECT_EQ(patch.failure(), StreamedFileRequest::Failure::Tls);
    EXPECT_EQ(patch.tlsError().code(), Error::Code::CertificateChanged);
    EXPECT_EQ(patch.tlsError().detail(), newFingerprint);

    // Nothing reached the server; trusting the new authority (a person's decision) works again.
    EXPECT_EQ(m_server->log().find("/api/v1/me"), std::string::npos);
    ASSERT_FALSE(api->setTrustedCertificates(authorityOf(*m_server)));
    auto again = waitFor(api->getMe());
    EXPECT_TRUE(again->isSuccess()) << again->error().codeName().toStdString();
}
