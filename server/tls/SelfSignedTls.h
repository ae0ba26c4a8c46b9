#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pli::server {

// What `pli-server serve --tls-self-signed` serves with: files under <data>/tls/.
struct SelfSignedFiles
{
    std::filesystem::path authorityCertificate; // ca.pem: what a client trusts (public)
    std::filesystem::path certificateChain;     // server.pem: the server's, then ca.pem's
    std::filesystem::path privateKey;           // server-key.pem (0600)
    std::filesystem::path fingerprintFile;      // ca.sha256: the fingerprint, for scripts
    std::string authorityFingerprint;           // "SHA256:AB:CD:…" of ca.pem
    bool authorityCreated = false;              // a new authority: clients must trust it anew
};

// The self-signed mode of pli-server: a certificate authority of its own and a server
// certificate it signs, kept in the data folder (directory 0700, keys 0600) and reused at every
// start so that clients trust the authority once. The authority is made anew only when it is
// missing, unreadable or expires within a month (its fingerprint then changes and clients refuse
// the server until they are told); the server certificate also when it expires within a month, was
// not signed by the authority, or does not name `listenHost`. The certificate names localhost,
// 127.0.0.1 and ::1, plus the listen host (the computer's name when listening on every address).
class SelfSignedTls
{
public:
    static constexpr int authorityDays = 3650;
    static constexpr int serverDays = 397; // the longest clients accept from any authority
    static constexpr long renewalMarginSeconds = 30L * 24 * 3600;

    // Throws std::runtime_error when the files can be neither read nor written.
    static SelfSignedFiles ensure(const std::filesystem::path &dataDir,
                                  const std::string &listenHost);

    // The names the server certificate must cover for `listenHost`.
    static std::vector<std::string> serverNames(const std::string &listenHost);
};

} // namespace pli::server
