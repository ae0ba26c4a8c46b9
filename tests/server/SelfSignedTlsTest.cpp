// pli-server --tls-self-signed: the authority and server certificate it keeps in DATA/tls (what
// they contain, their file modes, when they are reused and when made anew), and the server
// answering over HTTPS with them.
#include "SelfSignedTls.h"
#include "CertificateIssuer.h"
#include "PemFiles.h"
#include "SignInFlow.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <openssl/x509v3.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace pli::server;
using namespace pli::server::tls;
using namespace pli::test;

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

unsigned modeOf(const std::filesystem::path &path)
{
    struct stat info
    {
    };
    return ::stat(path.c_str(), &info) == 0 ? (info.st_mode & 07777) : 0;
}

KeyPair pairOf(const std::filesystem::path &certificate, const std::filesystem::path &key)
{
    auto pair = pem::readPair(certificate, key);
    if (!pair)
        throw std::runtime_error("cannot read " + certificate.string());
    return std::move(*pair);
}

// The extension `nid` of `certificate` as OpenSSL prints it ("CA:TRUE, pathlen:0").
std::string extensionText(X509 *certificate, int nid)
{
    const int at = X509_get_ext_by_NID(certificate, nid, -1);
    if (at < 0)
        return {};
    BioHandle bio(BIO_new(BIO_s_mem()));
    X509V3_EXT_print(bio.get(), X509_get_ext(certificate, at), 0, 0);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<size_t>(size));
}

} // namespace

TEST(SelfSignedTls, MakesAnAuthorityAndAServerCertificateItSigns)
{
    TempDir data;
    const SelfSignedFiles files = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_TRUE(files.authorityCreated);
    const KeyPair authority =
        pairOf(files.authorityCertificate, data.path() / "tls" / "ca-key.pem");
    const KeyPair server = pairOf(files.certificateChain, files.privateKey);

    EXPECT_EQ(extensionText(authority.certificate.get(), NID_basic_constraints),
              "CA:TRUE, pathlen:0");
    EXPECT_NE(extensionText(authority.certificate.get(), NID_key_usage).find("Certificate Sign"),
              std::string::npos);
    EXPECT_EQ(extensionText(server.certificate.get(), NID_basic_constraints), "CA:FALSE");
    EXPECT_EQ(extensionText(server.certificate.get(), NID_ext_key_usage),
              "TLS Web Server Authentication");
    const std::string names = extensionText(server.certificate.get(), NID_subject_alt_name);
    for (const char *name : {"DNS:localhost", "IP Address:127.0.0.1", "IP Address:0:0:0:0:0:0:0:1"})
        EXPECT_NE(names.find(name), std::string::npos) << name << " in " << names;
    EXPECT_TRUE(issuer::issuedBy(server.certificate.get(), authority));
    EXPECT_TRUE(issuer::validFor(server.certificate.get(), 300L * 24 * 3600));
    EXPECT_TRUE(issuer::validFor(authority.certificate.get(), 9L * 365 * 24 * 3600));

    // The chain served is the server's certificate, then the authority's.
    const std::string chain = readFile(files.certificateChain);
    EXPECT_EQ(chain.find(readFile(files.authorityCertificate)),
              chain.size() - readFile(files.authorityCertificate).size());

    // "SHA256:" and 32 bytes in upper-case hex separated by colons, also in ca.sha256.
    EXPECT_EQ(files.authorityFingerprint.size(), 7u + 32 * 3 - 1);
    EXPECT_EQ(files.authorityFingerprint.rfind("SHA256:", 0), 0u);
    EXPECT_EQ(files.authorityFingerprint, issuer::fingerprint(authority.certificate.get()));
    EXPECT_EQ(readFile(files.fingerprintFile), files.authorityFingerprint + "\n");
}

TEST(SelfSignedTls, KeepsKeysToTheOwnerOnly)
{
    TempDir data;
    const SelfSignedFiles files = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_EQ(modeOf(data.path() / "tls"), 0700u);
    EXPECT_EQ(modeOf(files.privateKey), 0600u);
    EXPECT_EQ(modeOf(data.path() / "tls" / "ca-key.pem"), 0600u);
    EXPECT_EQ(modeOf(files.authorityCertificate), 0644u);
    EXPECT_FALSE(std::filesystem::exists(files.privateKey.string() + ".new"));
}

TEST(SelfSignedTls, ReusesItsCertificatesAtTheNextStart)
{
    TempDir data;
    const SelfSignedFiles first = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    const std::string chain = readFile(first.certificateChain);
    const std::string key = readFile(first.privateKey);
    const SelfSignedFiles second = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_FALSE(second.authorityCreated);
    EXPECT_EQ(second.authorityFingerprint, first.authorityFingerprint);
    EXPECT_EQ(readFile(second.certificateChain), chain);
    EXPECT_EQ(readFile(second.privateKey), key);
}

TEST(SelfSignedTls, IssuesANewServerCertificateForAnotherListenHostWithTheSameAuthority)
{
    TempDir data;
    const SelfSignedFiles first = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    const SelfSignedFiles second = SelfSignedTls::ensure(data.path(), "pli.example.test");
    EXPECT_FALSE(second.authorityCreated);
    EXPECT_EQ(second.authorityFingerprint, first.authorityFingerprint);
    const KeyPair server = pairOf(second.certificateChain, second.privateKey);
    EXPECT_TRUE(issuer::covers(server.certificate.get(), "pli.example.test"));
    EXPECT_TRUE(issuer::covers(server.certificate.get(), "localhost"));
    EXPECT_FALSE(issuer::covers(server.certificate.get(), "other.example.test"));
}

TEST(SelfSignedTls, NamesTheComputerWhenListeningOnEveryAddress)
{
    const std::vector<std::string> names = SelfSignedTls::serverNames("0.0.0.0");
    ASSERT_EQ(names.size(), 4u);
    EXPECT_FALSE(issuer::isIpAddress(names.back()));
    EXPECT_EQ(SelfSignedTls::serverNames("::1").size(), 3u);
    EXPECT_EQ(SelfSignedTls::serverNames("192.0.2.7").back(), "192.0.2.7");
}

TEST(SelfSignedTls, ReplacesAnExpiredServerCertificateButKeepsTheAuthority)
{
    TempDir data;
    const SelfSignedFiles first = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    const KeyPair authority =
        pairOf(first.authorityCertificate, data.path() / "tls" / "ca-key.pem");
    const KeyPair expired = issuer::makeServer(authority, {"localhost", "127.0.0.1", "::1"}, -1);
    pem::writeKey(first.privateKey, expired.key.get());
    pem::writeCertificates(first.certificateChain,
                           {expired.certificate.get(), authority.certificate.get()});

    const SelfSignedFiles second = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_FALSE(second.authorityCreated);
    EXPECT_EQ(second.authorityFingerprint, first.authorityFingerprint);
    const KeyPair server = pairOf(second.certificateChain, second.privateKey);
    EXPECT_TRUE(issuer::validFor(server.certificate.get(), 300L * 24 * 3600));
}

TEST(SelfSignedTls, MakesANewAuthorityWhenItsOwnIsMissingOrExpired)
{
    TempDir data;
    const SelfSignedFiles first = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    std::filesystem::remove(data.path() / "tls" / "ca-key.pem");
    const SelfSignedFiles second = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_TRUE(second.authorityCreated);
    EXPECT_NE(second.authorityFingerprint, first.authorityFingerprint);
    // The server certificate follows the new authority.
    const KeyPair authority =
        pairOf(second.authorityCertificate, data.path() / "tls" / "ca-key.pem");
    const KeyPair server = pairOf(second.certificateChain, second.privateKey);
    EXPECT_TRUE(issuer::issuedBy(server.certificate.get(), authority));

    const KeyPair expired = issuer::makeAuthority("Expired", -1);
    pem::writeKey(data.path() / "tls" / "ca-key.pem", expired.key.get());
    pem::writeCertificates(second.authorityCertificate, {expired.certificate.get()});
    const SelfSignedFiles third = SelfSignedTls::ensure(data.path(), "127.0.0.1");
    EXPECT_TRUE(third.authorityCreated);
    EXPECT_NE(third.authorityFingerprint, issuer::fingerprint(expired.certificate.get()));
}

TEST(SelfSignedTlsServer, ServesHttpsWithTheAuthorityItPrints)
{
    TestServer server({"--tls-self-signed"});
    ASSERT_TRUE(server.isTls());
    EXPECT_EQ(server.baseUrl().rfind("https://127.0.0.1:", 0), 0u);
    EXPECT_EQ(server.caFingerprint() + "\n", readFile(server.dataDir() / "tls" / "ca.sha256"));

    // A client that trusts the authority signs in (client() verifies the certificate).
    SignInFlow flow(server);
    flow.addEnrolledUser("ada");
    const SignedIn tokens = flow.signIn("ada");
    EXPECT_FALSE(tokens.accessToken.empty());

    // One that trusts the system's authorities, or another authority, is refused.
    httplib::Client system(server.baseUrl());
    system.enable_server_certificate_verification(true);
    const auto refusedBySystem = system.Get("/api/v1/me");
    EXPECT_FALSE(refusedBySystem);
    EXPECT_EQ(refusedBySystem.error(), httplib::Error::SSLServerVerification);
    TempDir other;
    httplib::Client stranger(server.baseUrl());
    stranger.enable_server_certificate_verification(true);
    stranger.set_ca_cert_path(
        SelfSignedTls::ensure(other.path(), "127.0.0.1").authorityCertificate.c_str());
    const auto refused = stranger.Get("/api/v1/me");
    EXPECT_FALSE(refused);
    EXPECT_EQ(refused.error(), httplib::Error::SSLServerVerification);

    // Plain HTTP gets no answer on the TLS port.
    httplib::Client plain("127.0.0.1", server.port());
    plain.set_read_timeout(5);
    EXPECT_FALSE(plain.Get("/api/v1/me"));
}

TEST(SelfSignedTlsServer, KeepsItsAuthorityAcrossRestarts)
{
    TempDir data;
    std::string fingerprint;
    {
        TestServer first(data.path(), {"--tls-self-signed"});
        fingerprint = first.caFingerprint();
        ASSERT_FALSE(fingerprint.empty());
    }
    TestServer second(data.path(), {"--tls-self-signed"});
    EXPECT_EQ(second.caFingerprint(), fingerprint);
    auto client = second.client();
    const auto answer = client->Get("/api/v1/me");
    ASSERT_TRUE(answer) << httplib::to_string(answer.error());
    EXPECT_EQ(answer->status, 401);
}

TEST(SelfSignedTlsServer, RefusesBothKindsOfTlsAtOnceAndUnusableFiles)
{
    TempDir data;
    std::string out;
    EXPECT_EQ(runServerCommand({"serve", "--data", data.path().string(), "--tls-self-signed",
                                "--tls-cert", "a.pem", "--tls-key", "b.pem"},
                               &out),
              2);
    EXPECT_NE(out.find("--tls-self-signed"), std::string::npos) << out;

    std::ofstream(data.path() / "junk.pem") << "not a certificate\n";
    EXPECT_EQ(runServerCommand({"serve", "--data", data.path().string(), "--listen", "127.0.0.1:0",
                                "--tls-cert", (data.path() / "junk.pem").string(), "--tls-key",
                                (data.path() / "junk.pem").string()},
                               &out),
              1);
    EXPECT_NE(out.find("TLS certificate or key cannot be used"), std::string::npos) << out;
}
