#pragma once

#include "CertificateIssuer.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace pli::server::tls::pem {

// The certificate (the first one of the file) and the private key of a pair kept in two PEM
// files; nothing when either file is missing, unreadable or not PEM.
std::optional<KeyPair> readPair(const std::filesystem::path &certificateFile,
                                const std::filesystem::path &keyFile);

// Writes `certificates` one after the other (a chain: the server's first, then its authority),
// readable by everyone (a certificate is public). Replaces the file atomically; throws
// std::runtime_error when it cannot.
void writeCertificates(const std::filesystem::path &file, const std::vector<X509 *> &certificates);
// Writes the private key unencrypted (PKCS#8), readable by the owner only (0600); atomically.
void writeKey(const std::filesystem::path &file, EVP_PKEY *key);
// Writes a line of text (the fingerprint file for scripts), readable by everyone; atomically.
void writeText(const std::filesystem::path &file, const std::string &text);

} // namespace pli::server::tls::pem
