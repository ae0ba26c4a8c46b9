// TusUpload against a scripted server: the bearer token never leaves the account's origin,
// whether a Location, a redirect or a saved upload URL points elsewhere or over http (a hostile
// server); and each PATCH carries the digest the server offers to check.
#include "ScriptedHttpServer.h"
#include "net/LoopbackName.h"
#include "transfers/TusUpload.h"
#include "transfers/UploadOrigin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using pli::Error;
using pli::TusUpload;
using pli::UploadOrigin;
using pli::UploadRequest;
using pli::test::ScriptedHttpServer;

namespace {

QUrl url(const QByteArray &text)
{
    return QUrl::fromEncoded(text);
}

class TusUploadScripted : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("minutes.pdf"));
        QFile file(m_file);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100 * 1024, 'x'));
    }

    // The hostile server speaks tus (with `extensions`) and creates uploads whose Location is
    // `location`.
    void createUploadsAt(const QByteArray &location, const QByteArray &extensions = "checksum")
    {
        m_hostile.setScript([location, extensions](const ScriptedHttpServer::Request &request, int,
                                                   ScriptedHttpServer::Reply &reply) {
            if (request.method == "OPTIONS") {
                reply.status = 204;
                reply.headers = {{"Tus-Resumable", "1.0.0"},
                                 {"Tus-Version", "1.0.0"},
                                 {"Tus-Extension", extensions}};
            } else if (request.method == "POST") {
                reply.status = 201;
                reply.headers = {
                    {"Tus-Resumable", "1.0.0"}, {"Location", location}, {"Upload-Offset", "0"}};
            } else {
                // Every PATCH is taken whole.
                reply.status = 204;
                const qint64 end = request.header("upload-offset").toLongLong() +
                                   request.header("content-length").toLongLong();
                reply.headers = {{"Tus-Resumable", "1.0.0"},
                                 {"Upload-Offset", QByteArray::number(end)}};
            }
            return true;
        });
    }

    std::unique_ptr<TusUpload> run(const QUrl &endpoint, const QUrl &uploadUrl = {},
                                   const pli::UploadOptions &options = {})
    {
        UploadRequest request;
        request.endpoint = endpoint;
        request.filePath = m_file;
        request.uploadUrl = uploadUrl;
        auto job = std::make_unique<TusUpload>(
            &m_network,
            [](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer s3cr3t"); }, request,
            options);
        job->setAutoDelete(false);
        m_urlChanges = std::make_unique<QSignalSpy>(job.get(), &TusUpload::uploadUrlChanged);
        QSignalSpy finished(job.get(), &pli::Job::finished);
        job->start();
        EXPECT_TRUE(job->isFinished() || finished.wait(20000)) << "the upload did not end";
        return job;
    }

    QUrl hostileEndpoint() const { return url(m_hostile.baseUrl() + "/api/v1/uploads"); }

    QTemporaryDir m_dir;
    QString m_file;
    ScriptedHttpServer m_hostile;
    ScriptedHttpServer m_foreign; // another origin: must never hear from the client
    QNetworkAccessManager m_network;
    std::unique_ptr<QSignalSpy> m_urlChanges;
};

} // namespace

TEST_F(TusUploadScripted, ALocationOnAnotherOriginStopsTheUpload)
{
    createUploadsAt(m_foreign.baseUrl() + "/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_TRUE(job->error().detail().contains(QString::fromLatin1(m_foreign.baseUrl())))
        << job->error().detail().toStdString();
    EXPECT_TRUE(m_foreign.requests().isEmpty()) << "the token went to another origin";
    EXPECT_EQ(m_hostile.requests().size(), 2); // OPTIONS and POST, nothing after
    EXPECT_TRUE(job->uploadUrl().isEmpty());
    EXPECT_EQ(m_urlChanges->count(), 0) << "a foreign upload URL must not be saved";
}

TEST_F(TusUploadScripted, APlainHttpLocationElsewhereStopsTheUpload)
{
    // Same path, other host, plain http: neither the host nor the scheme may change.
    createUploadsAt("http://pli.example.org/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_EQ(m_hostile.requests().size(), 2);
    EXPECT_EQ(m_urlChanges->count(), 0);
}

TEST_F(TusUploadScripted, AProtocolRelativeLocationIsAnotherOrigin)
{
    createUploadsAt("//localhost:" + m_foreign.baseUrl().split(':').last() + "/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_TRUE(m_foreign.requests().isEmpty());
}

TEST_F(TusUploadScripted, ARelativeLocationOnTheSameOriginIsUsed)
{
    createUploadsAt("/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(job->uploadUrl(), url(m_hostile.baseUrl() + "/api/v1/uploads/u1"));
    EXPECT_EQ(m_urlChanges->count(), 1);
    EXPECT_EQ(m_hostile.requests().last().method, QByteArray("PATCH"));
}

TEST_F(TusUploadScripted, ARedirectIsNotFollowed)
{
    const QByteArray elsewhere = m_foreign.baseUrl() + "/api/v1/uploads";
    m_hostile.setScript(
        [elsewhere](const ScriptedHttpServer::Request &, int, ScriptedHttpServer::Reply &reply) {
            reply.status = 307;
            reply.headers = {{"Location", elsewhere}};
            return true;
        });
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::MalformedResponse);
    EXPECT_TRUE(m_foreign.requests().isEmpty()) << "the redirect carried the token away";
}

TEST_F(TusUploadScripted, ASavedUploadUrlOnAnotherOriginIsNeverContacted)
{
    const auto job = run(hostileEndpoint(), url(m_foreign.baseUrl() + "/api/v1/uploads/u1"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_FALSE(job->error().message().isEmpty());
    EXPECT_TRUE(m_foreign.requests().isEmpty());
    EXPECT_TRUE(m_hostile.requests().isEmpty()) << "stopped before the first request";
}

TEST_F(TusUploadScripted, ASavedPlainHttpUploadUrlOfAnHttpsAccountIsNeverContacted)
{
    // The account is https on this port; the saved URL is the same host and port over http.
    const QByteArray port = m_foreign.baseUrl().split(':').last();
    const auto job = run(url("https://127.0.0.1:" + port + "/api/v1/uploads"),
                         url("http://127.0.0.1:" + port + "/api/v1/uploads/u1"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_TRUE(m_foreign.requests().isEmpty()) << "the token went out in clear";
}

TEST_F(TusUploadScripted, APlainHttpEndpointElsewhereIsRefused)
{
    const auto job = run(url("http://pli.example.org/api/v1/uploads"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
}

TEST_F(TusUploadScripted, ALocalhostSubdomainCountsAsLoopbackOnlyWhenItResolvesSo)
{
    // Whether pli-test.localhost leads here depends on the machine's resolver (systemd-resolved
    // says yes, plain /etc/hosts no): the upload must follow what it resolves to.
    const QByteArray port = m_hostile.baseUrl().split(':').last();
    const QString host = QStringLiteral("pli-test.localhost");
    const bool loopback = pli::LoopbackName::resolvesToLoopback(QHostInfo::fromName(host));
    createUploadsAt("/api/v1/uploads/u1");
    const auto job = run(url("http://pli-test.localhost:" + port + "/api/v1/uploads"));
    if (loopback) {
        EXPECT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    } else {
        EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
        EXPECT_TRUE(m_hostile.requests().isEmpty());
    }
}

TEST(UploadOriginCheck, OnlyTheEndpointsSchemeHostAndPortPass)
{
    const QUrl endpoint(QStringLiteral("https://pli.example.org/api/v1/uploads"));
    const auto passes = [&endpoint](const char *text) {
        return !UploadOrigin::checkUploadUrl(QUrl(QString::fromLatin1(text)), endpoint).isError();
    };
    EXPECT_TRUE(passes("https://pli.example.org/api/v1/uploads/u1"));
    EXPECT_TRUE(passes("https://PLI.example.org:443/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("http://pli.example.org/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("http://pli.example.org:443/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("https://pli.example.org:8443/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("https://evil.example.org/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("https://pli.example.org.evil.example/api/v1/uploads/u1"));
    EXPECT_FALSE(passes("ftp://pli.example.org/u1"));
    EXPECT_FALSE(passes(""));
}

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QList<ScriptedHttpServer::Request> patches(const ScriptedHttpServer &server)
{
    QList<ScriptedHttpServer::Request> found;
    for (const auto &request : server.requests())
        if (request.method == "PATCH")
            found.append(request);
    return found;
}

} // namespace

TEST_F(TusUploadScripted, PrefixDigestsGoToAServerThatOffersThem)
{
    createUploadsAt("/api/v1/uploads/u1", "creation,checksum,prefix-digest");
    pli::UploadOptions options;
    options.chunkSize = 64 * 1024;
    const auto job = run(hostileEndpoint(), {}, options);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    const QByteArray file(100 * 1024, 'x');
    const auto sent = patches(m_hostile);
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent[0].header("upload-prefix-digest"),
              "sha-256=:" + sha256(file.left(64 * 1024)).toBase64() + ':');
    EXPECT_EQ(sent[1].header("upload-prefix-digest"), "sha-256=:" + sha256(file).toBase64() + ':');
    EXPECT_TRUE(sent[1].header("upload-checksum").isEmpty()) << "one digest per PATCH";
}

TEST_F(TusUploadScripted, ChunkChecksumsGoToAServerThatDoesNotOfferPrefixDigests)
{
    createUploadsAt("/api/v1/uploads/u1", "creation,checksum");
    pli::UploadOptions options;
    options.chunkSize = 64 * 1024;
    const auto job = run(hostileEndpoint(), {}, options);
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    const QByteArray file(100 * 1024, 'x');
    const auto sent = patches(m_hostile);
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent[1].header("upload-checksum"),
              "sha256 " + sha256(file.mid(64 * 1024)).toBase64());
    EXPECT_TRUE(sent[1].header("upload-prefix-digest").isEmpty());
}
