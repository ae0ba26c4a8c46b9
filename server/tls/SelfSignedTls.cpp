#include "SelfSignedTls.h"

#include "CertificateIssuer.h"
#include "Log.h"
#include "PemFiles.h"

#include <algorithm>
#include <unistd.h>

namespace pli::server {

using namespace tls;

namespace {

std::string hostName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

bool isWildcard(const std::string &host)
{
    return host.empty() || host == "0.0.0.0" || host == "::" || host == "*";
}

// A server certificate that fits: signed by `authority`, valid beyond the renewal margin, naming
// every name.
bool stillFits(const KeyPair &server, const KeyPair &authority,
               const std::vector<std::string> &names)
{
    X509 *certificate = server.certificate.get();
    if (!issuer::issuedBy(certificate, authority) ||
        !issuer::validFor(certificate, SelfSignedTls::renewalMarginSeconds))
        return false;
    return std::all_of(names.begin(), names.end(), [certificate](const std::string &name) {
        return issuer::covers(certificate, name);
    });
}

} // namespace

std::vector<std::string> SelfSignedTls::serverNames(const std::string &listenHost)
{
    std::vector<std::string> names{"localhost", "127.0.0.1", "::1"};
    const std::string extra = isWildcard(listenHost) ? hostName() : listenHost;
    if (!extra.empty() && std::find(names.begin(), names.end(), extra) == names.end())
        names.push_back(extra);
    return names;
}

SelfSignedFiles SelfSignedTls::ensure(const std::filesystem::path &dataDir,
                                      const std::string &listenHost)
{
    const std::filesystem::path dir = dataDir / "tls";
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace);
    SelfSignedFiles files;
    files.authorityCertificate = dir / "ca.pem";
    files.certificateChain = dir / "server.pem";
    files.privateKey = dir / "server-key.pem";
    files.fingerprintFile = dir / "ca.sha256";
    const std::filesystem::path authorityKey = dir / "ca-key.pem";

    std::optional<KeyPair> authority = pem::readPair(files.authorityCertificate, authorityKey);
    // Made anew only when missing or (about to be) expired: its fingerprint is what clients
    // trust, so every change makes them refuse this server until they are told.
    if (!authority || !issuer::validFor(authority->certificate.get(), renewalMarginSeconds)) {
        authority =
            issuer::makeAuthority("Pli server authority (" + hostName() + ")", authorityDays);
        pem::writeKey(authorityKey, authority->key.get());
        pem::writeCertificates(files.authorityCertificate, {authority->certificate.get()});
        files.authorityCreated = true;
        logLine("tls: a new self-signed certificate authority was created");
    }
    files.authorityFingerprint = issuer::fingerprint(authority->certificate.get());

    const std::vector<std::string> names = serverNames(listenHost);
    const std::optional<KeyPair> server = pem::readPair(files.certificateChain, files.privateKey);
    if (files.authorityCreated || !server || !stillFits(*server, *authority, names)) {
        const KeyPair issued = issuer::makeServer(*authority, names, serverDays);
        pem::writeKey(files.privateKey, issued.key.get());
        pem::writeCertificates(files.certificateChain,
                               {issued.certificate.get(), authority->certificate.get()});
        logLine("tls: a new server certificate was issued by the self-signed authority");
    }
    pem::writeText(files.fingerprintFile, files.authorityFingerprint + "\n");
    return files;
}

} // namespace pli::server
