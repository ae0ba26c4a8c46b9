// ServerTrust and CertificateDetails: reading the authorities a person gives, applying them to
// one request only, telling an untrusted or changed certificate from other TLS failures, and
// fingerprints written the way pli-server prints them.
#include "TestCertificates.h"

#include "net/CertificateDetails.h"
#include "net/ServerTrust.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;

namespace {

QSslCertificate certificateOf(const QByteArray &pem)
{
    return QSslCertificate::fromData(pem, QSsl::Pem).value(0);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST(ServerTrust, TrustsTheSystemsAuthoritiesByDefault)
{
    const ServerTrust trust;
    EXPECT_FALSE(trust.hasOwnAuthority());
    EXPECT_TRUE(trust.pem().isEmpty());
    QNetworkRequest request(QUrl(QStringLiteral("https://pli.example.org/api/v1/me")));
    const QSslConfiguration before = request.sslConfiguration();
    trust.apply(request);
    EXPECT_EQ(request.sslConfiguration(), before);
}

TEST(ServerTrust, ReadsOneOrMoreAuthoritiesFromPem)
{
    const QByteArray first = authorityPem();
    const QByteArray second = authorityPem();
    ServerTrust trust;
    ASSERT_FALSE(ServerTrust::fromPem(first + second, trust));
    ASSERT_EQ(trust.certificates().size(), 2);
    EXPECT_EQ(trust.certificates().at(0), certificateOf(first));
    EXPECT_EQ(trust.certificates().at(1), certificateOf(second));
    ServerTrust again;
    ASSERT_FALSE(ServerTrust::fromPem(trust.pem(), again));
    EXPECT_TRUE(again == trust);
}

TEST(ServerTrust, RefusesWhatHoldsNoCertificateAndKeepsTheTrustItHad)
{
    ServerTrust trust;
    ASSERT_FALSE(ServerTrust::fromPem(authorityPem(), trust));
    const ServerTrust before = trust;
    for (const QByteArray &bad :
         {QByteArray(), QByteArray("not a certificate"),
          QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")}) {
        const Error error = ServerTrust::fromPem(bad, trust);
        EXPECT_EQ(error.code(), Error::Code::InvalidInput) << bad.constData();
        EXPECT_FALSE(error.detail().isEmpty());
        EXPECT_TRUE(trust == before);
    }
    QByteArray many;
    for (int i = 0; i <= ServerTrust::maxCertificates; ++i)
        many += authorityPem();
    EXPECT_EQ(ServerTrust::fromPem(many, trust).code(), Error::Code::InvalidInput);
}

TEST(ServerTrust, NamesTheFileAPersonGaveAndRefusesAnExpiredAuthority)
{
    QTemporaryDir dir;
    ServerTrust trust;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    Error error = ServerTrust::fromFile(missing, trust);
    EXPECT_EQ(error.code(), Error::Code::FileError);
    EXPECT_TRUE(error.detail().contains(QStringLiteral("missing.pem")));

    const QString junk = writeFile(dir, QStringLiteral("junk.pem"), "hello\n");
    error = ServerTrust::fromFile(junk, trust);
    EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    EXPECT_TRUE(error.detail().contains(QStringLiteral("junk.pem")))
        << error.detail().toStdString();

    const QString expired = writeFile(dir, QStringLiteral("expired.pem"), authorityPem(-1));
    error = ServerTrust::fromFile(expired, trust);
    EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    EXPECT_TRUE(error.detail().contains(QStringLiteral("expired"))) << error.detail().toStdString();
    EXPECT_FALSE(trust.hasOwnAuthority());

    const QByteArray good = authorityPem();
    ASSERT_FALSE(ServerTrust::fromFile(writeFile(dir, QStringLiteral("ca.pem"), good), trust));
    EXPECT_EQ(trust.certificates(), QList<QSslCertificate>{certificateOf(good)});
}

TEST(ServerTrust, AppliesToTheRequestAloneAndOnlyItsAuthorities)
{
    const QByteArray pem = authorityPem();
    ServerTrust trust;
    ASSERT_FALSE(ServerTrust::fromPem(pem, trust));
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:8443/api/v1/me")));
    trust.apply(request);
    EXPECT_EQ(request.sslConfiguration().caCertificates(),
              QList<QSslCertificate>{certificateOf(pem)});
    EXPECT_FALSE(
        QSslConfiguration::defaultConfiguration().caCertificates().contains(certificateOf(pem)));
}

TEST(ServerTrust, TellsAnUntrustedOrChangedCertificateFromOtherTlsFailures)
{
    const QByteArray root = authorityPem();
    const QByteArray leaf = authorityPem(); // stands for the server's own certificate
    const QList<QSslCertificate> chain{certificateOf(leaf), certificateOf(root)};
    const QList<QSslError> untrusted{
        QSslError(QSslError::SelfSignedCertificateInChain, certificateOf(root))};

    QNetworkRequest systemRequest(QUrl(QStringLiteral("https://127.0.0.1:8443/")));
    Error error = ServerTrust::failure(systemRequest, untrusted, chain);
    EXPECT_EQ(error.code(), Error::Code::UntrustedCertificate);
    EXPECT_EQ(error.detail(), serverFingerprint(root));
    EXPECT_EQ(CertificateDetails::presentedRoot(error).pem, certificateOf(root).toPem());
    EXPECT_TRUE(error.message().contains(serverFingerprint(root)));

    ServerTrust own;
    ASSERT_FALSE(ServerTrust::fromPem(authorityPem(), own));
    QNetworkRequest ownRequest(QUrl(QStringLiteral("https://127.0.0.1:8443/")));
    own.apply(ownRequest);
    error = ServerTrust::failure(ownRequest, untrusted, chain);
    EXPECT_EQ(error.code(), Error::Code::CertificateChanged);
    EXPECT_EQ(error.detail(), serverFingerprint(root));

    // The chain may be unknown where the errors are reported: the errors name the certificates.
    error = ServerTrust::failure(systemRequest, untrusted, {});
    EXPECT_EQ(error.detail(), serverFingerprint(root));

    // Trusting the root would not cure a wrong name or an expired certificate.
    error = ServerTrust::failure(
        ownRequest, untrusted + QList<QSslError>{QSslError(QSslError::HostNameMismatch, chain[0])},
        chain);
    EXPECT_EQ(error.code(), Error::Code::Tls);
    EXPECT_TRUE(CertificateDetails::presentedRoot(error).isNull());
    EXPECT_FALSE(error.detail().isEmpty());
}

TEST(CertificateDetails, ShowWhatAPersonComparesAndTheFingerprintPliServerPrints)
{
    const QByteArray pem = authorityPem(30);
    const CertificateDetails details = CertificateDetails::fromPem(pem);
    EXPECT_EQ(details.subject, QStringLiteral("Test authority"));
    EXPECT_EQ(details.issuer, QStringLiteral("Test authority"));
    EXPECT_EQ(details.fingerprint, serverFingerprint(pem));
    EXPECT_TRUE(details.fingerprint.startsWith(QStringLiteral("SHA256:")));
    EXPECT_LT(details.validFrom, QDateTime::currentDateTimeUtc());
    EXPECT_GT(details.validUntil, QDateTime::currentDateTimeUtc().addDays(29));
    EXPECT_EQ(details.pem, certificateOf(pem).toPem());
    EXPECT_TRUE(CertificateDetails::fromPem("junk").isNull());
    EXPECT_TRUE(CertificateDetails::presentedRoot(Error(Error::Code::Network)).isNull());
}
