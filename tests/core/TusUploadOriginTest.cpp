// TusUpload against a hostile scripted server: the bearer token never leaves the account's
// origin, whether a Location, a redirect or a saved upload URL points elsewhere or over http.
#include "ScriptedHttpServer.h"
#include "net/LoopbackName.h"
#include "transfers/TusUpload.h"
#include "transfers/UploadOrigin.h"

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

class TusUploadOrigin : public ::testing::Test
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

    // The hostile server speaks tus and creates uploads whose Location is `location`.
    void createUploadsAt(const QByteArray &location)
    {
        m_hostile.setScript([location](const ScriptedHttpServer::Request &request, int,
                                       ScriptedHttpServer::Reply &reply) {
            if (request.method == "OPTIONS") {
                reply.status = 204;
                reply.headers = {{"Tus-Resumable", "1.0.0"}, {"Tus-Version", "1.0.0"}};
            } else if (request.method == "POST") {
                reply.status = 201;
                reply.headers = {
                    {"Tus-Resumable", "1.0.0"}, {"Location", location}, {"Upload-Offset", "0"}};
            } else {
                // Every PATCH takes the whole (small) file.
                reply.status = 204;
                reply.headers = {{"Tus-Resumable", "1.0.0"}, {"Upload-Offset", "102400"}};
            }
            return true;
        });
    }

    std::unique_ptr<TusUpload> run(const QUrl &endpoint, const QUrl &uploadUrl = {})
    {
        UploadRequest request;
        request.endpoint = endpoint;
        request.filePath = m_file;
        request.uploadUrl = uploadUrl;
        auto job = std::make_unique<TusUpload>(
            &m_network,
            [](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer s3cr3t"); }, request);
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

TEST_F(TusUploadOrigin, ALocationOnAnotherOriginStopsTheUpload)
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

TEST_F(TusUploadOrigin, APlainHttpLocationElsewhereStopsTheUpload)
{
    // Same path, other host, plain http: neither the host nor the scheme may change.
    createUploadsAt("http://pli.example.org/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_EQ(m_hostile.requests().size(), 2);
    EXPECT_EQ(m_urlChanges->count(), 0);
}

TEST_F(TusUploadOrigin, AProtocolRelativeLocationIsAnotherOrigin)
{
    createUploadsAt("//localhost:" + m_foreign.baseUrl().split(':').last() + "/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_TRUE(m_foreign.requests().isEmpty());
}

TEST_F(TusUploadOrigin, ARelativeLocationOnTheSameOriginIsUsed)
{
    createUploadsAt("/api/v1/uploads/u1");
    const auto job = run(hostileEndpoint());
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    EXPECT_EQ(job->uploadUrl(), url(m_hostile.baseUrl() + "/api/v1/uploads/u1"));
    EXPECT_EQ(m_urlChanges->count(), 1);
    EXPECT_EQ(m_hostile.requests().last().method, QByteArray("PATCH"));
}

TEST_F(TusUploadOrigin, ARedirectIsNotFollowed)
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

TEST_F(TusUploadOrigin, ASavedUploadUrlOnAnotherOriginIsNeverContacted)
{
    const auto job = run(hostileEndpoint(), url(m_foreign.baseUrl() + "/api/v1/uploads/u1"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_FALSE(job->error().message().isEmpty());
    EXPECT_TRUE(m_foreign.requests().isEmpty());
    EXPECT_TRUE(m_hostile.requests().isEmpty()) << "stopped before the first request";
}

TEST_F(TusUploadOrigin, ASavedPlainHttpUploadUrlOfAnHttpsAccountIsNeverContacted)
{
    // The account is https on this port; the saved URL is the same host and port over http.
    const QByteArray port = m_foreign.baseUrl().split(':').last();
    const auto job = run(url("https://127.0.0.1:" + port + "/api/v1/uploads"),
                         url("http://127.0.0.1:" + port + "/api/v1/uploads/u1"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
    EXPECT_TRUE(m_foreign.requests().isEmpty()) << "the token went out in clear";
}

TEST_F(TusUploadOrigin, APlainHttpEndpointElsewhereIsRefused)
{
    const auto job = run(url("http://pli.example.org/api/v1/uploads"));
    EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
}

TEST_F(TusUploadOrigin, ALocalhostSubdomainCountsAsLoopbackOnlyWhenItResolvesSo)
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
