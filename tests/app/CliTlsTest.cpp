// pli-cli against pli-server --tls-self-signed: `login --ca-file` trusts the server's authority
// for the account (kept with it, used by later commands, shown by `accounts`); without it, or
// once the server's authority changed, commands refuse the server and say what to do.
#include "CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;
using pli::test::TestServer;

namespace {

class CliOverTls : public CliFixture
{
protected:
    std::vector<std::string> serverArguments() const override { return {"--tls-self-signed"}; }

    QString authorityFile() const { return QString::fromStdString(m_serverCa); }
    void SetUp() override
    {
        CliFixture::SetUp();
        m_serverCa = server().caCertificate().string();
        addPerson("alice", "Alice Martin");
    }
    QStringList loginArguments(const QString &server) const
    {
        return {QStringLiteral("login"),
                QStringLiteral("--server"),
                server,
                QStringLiteral("--user"),
                QStringLiteral("alice"),
                QStringLiteral("--password-stdin")};
    }
    CliResult login(const QString &server, const QStringList &more = {})
    {
        return cli(loginArguments(server) << QStringLiteral("--code") << freshCode("alice") << more,
                   QString::fromLatin1(kPassword));
    }
    // A command that needs the session, signing in again with the password (nothing remembered).
    CliResult personas()
    {
        return cli({QStringLiteral("personas"), QStringLiteral("--password-stdin"),
                    QStringLiteral("--code"), freshCode("alice")},
                   QString::fromLatin1(kPassword));
    }
    QJsonObject listedAccount()
    {
        const CliResult result = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).array().at(0).toObject();
    }

    std::string m_serverCa;
};

} // namespace

TEST_F(CliOverTls, LoginWithTheServersAuthorityTrustsItForTheAccount)
{
    const QString fingerprint = QString::fromStdString(server().caFingerprint());
    ASSERT_TRUE(serverUrl().startsWith(QStringLiteral("https://")));
    CliResult result = login(serverUrl(), {QStringLiteral("--ca-file"), authorityFile()});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("This account trusts the certificate authority %1").arg(fingerprint)))
        << describe(result);

    // Kept with the account, not as a secret, and used by the next command without --ca-file.
    EXPECT_EQ(listedAccount().value(QStringLiteral("ca_fingerprint")).toString(), fingerprint);
    result = cli({QStringLiteral("accounts")});
    EXPECT_TRUE(result.out.contains(QStringLiteral("its own (") + fingerprint.left(18)))
        << describe(result);
    result = personas();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("alice@example.test"))) << describe(result);
}

TEST_F(CliOverTls, LoginWithoutTheAuthorityIsRefusedWithItsFingerprint)
{
    const CliResult result = login(serverUrl());
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_TRUE(result.err.contains(QString::fromStdString(server().caFingerprint())))
        << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("pli-cli login --ca-file FILE")))
        << describe(result);
    EXPECT_EQ(server().log().find("/api/v1/auth/login"), std::string::npos);
    const CliResult accounts = cli({QStringLiteral("accounts")});
    EXPECT_TRUE(accounts.out.contains(QStringLiteral("No account yet"))) << describe(accounts);
}

TEST_F(CliOverTls, AnUnusableAuthorityFileIsRefusedBeforeSigningIn)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.pem"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    CliResult result = cli(loginArguments(serverUrl()) << QStringLiteral("--ca-file") << junk,
                           QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(junk)) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no certificate"))) << describe(result);

    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    result = cli(loginArguments(serverUrl()) << QStringLiteral("--ca-file") << missing,
                 QString::fromLatin1(kPassword));
    EXPECT_EQ(result.exitCode, 1) << describe(result);
    EXPECT_TRUE(result.err.contains(missing)) << describe(result);
    EXPECT_EQ(server().log().find("/api/v1/auth/login"), std::string::npos);
}

TEST_F(CliOverTls, OtherCommandsTakeTheAuthorityKeptWithTheAccountNotAFile)
{
    const CliResult result = cli({QStringLiteral("personas"), QStringLiteral("--ca-file"),
                                  authorityFile(), QStringLiteral("--server"), serverUrl()});
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("the option --ca-file does not apply to the command personas")))
        << describe(result);
}

TEST_F(CliOverTls, AChangedCertificateIsRefusedUntilTheNewAuthorityIsGiven)
{
    ASSERT_EQ(login(serverUrl(), {QStringLiteral("--ca-file"), authorityFile()}).exitCode, 0);
    const std::string oldFingerprint = server().caFingerprint();
    const std::string address = "127.0.0.1:" + std::to_string(server().port());

    // The same server, same address, with an authority made anew.
    server().stop();
    std::filesystem::remove(server().dataDir() / "tls" / "ca.pem");
    std::filesystem::remove(server().dataDir() / "tls" / "ca-key.pem");
    TestServer restarted(server().dataDir(), {"--tls-self-signed", "--listen", address});
    ASSERT_NE(restarted.caFingerprint(), oldFingerprint);

    CliResult result = personas();
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("has changed"))) << describe(result);
    EXPECT_TRUE(result.err.contains(QString::fromStdString(restarted.caFingerprint())))
        << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--ca-file"))) << describe(result);
    // The account keeps the authority it trusted: nothing was replaced silently.
    EXPECT_EQ(listedAccount().value(QStringLiteral("ca_fingerprint")).toString(),
              QString::fromStdString(oldFingerprint));

    result = login(serverUrl(), {QStringLiteral("--ca-file"),
                                 QString::fromStdString(restarted.caCertificate().string())});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    // Signed in again over TLS (two TOTP steps a minute: no third sign-in here).
    EXPECT_EQ(listedAccount().value(QStringLiteral("ca_fingerprint")).toString(),
              QString::fromStdString(restarted.caFingerprint()));
}
