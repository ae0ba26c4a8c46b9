#pragma once

#include "OpenSslHandles.h"

#include <string>
#include <vector>

namespace pli::server::tls {

// A certificate and the private key it certifies.
struct KeyPair
{
    CertificateHandle certificate;
    KeyHandle key;
};

// Makes the keys and X.509 v3 certificates of pli-server's self-signed mode with OpenSSL 3:
// EC P-256 keys, SHA-256 signatures, random 128-bit serials, validity starting an hour back
// (clocks differ a little). Throws std::runtime_error when OpenSSL fails.
namespace issuer {

// A certificate authority signed by itself: basicConstraints critical CA:TRUE (pathlen 0),
// keyUsage keyCertSign and cRLSign.
KeyPair makeAuthority(const std::string &commonName, int validDays);

// A server certificate signed by `authority`: CA:FALSE, keyUsage digitalSignature,
// extendedKeyUsage serverAuth, subjectAltName listing `names` (an IPv4 or IPv6 address becomes
// an IP entry, anything else a DNS entry); the first name is also the common name.
KeyPair makeServer(const KeyPair &authority, const std::vector<std::string> &names, int validDays);

// "SHA256:AB:CD:…", the SHA-256 digest of the certificate's DER form (what Pli shows on its
// "Trust this certificate?" page).
std::string fingerprint(X509 *certificate);

// Whether `certificate` is still valid `marginSeconds` from now.
bool validFor(X509 *certificate, long marginSeconds);
// Whether `certificate` was issued and signed by `authority`.
bool issuedBy(X509 *certificate, const KeyPair &authority);
// Whether the subjectAltName of `certificate` covers `name` (a DNS name or an IP address).
bool covers(X509 *certificate, const std::string &name);
// Whether `name` is an IPv4 or IPv6 address.
bool isIpAddress(const std::string &name);

} // namespace issuer

} // namespace pli::server::tls
