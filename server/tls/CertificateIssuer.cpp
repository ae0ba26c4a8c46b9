#include "CertificateIssuer.h"

#include "Crypto.h"

#include <openssl/bn.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <ctime>
#include <stdexcept>

namespace pli::server::tls::issuer {

namespace {

constexpr long kBackdateSeconds = 3600;

void check(int ok, const char *what)
{
    if (ok != 1)
        throw std::runtime_error(std::string("OpenSSL: ") + what + " failed");
}

KeyHandle newKey()
{
    KeyHandle key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        throw std::runtime_error("OpenSSL: cannot generate an EC P-256 key");
    return key;
}

// Positive 128-bit serial: browsers and OpenSSL refuse a repeated (issuer, serial) pair, and a
// regenerated certificate must never look like the previous one.
void setRandomSerial(X509 *certificate)
{
    std::vector<unsigned char> bytes = crypto::randomBytes(16);
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never zero, never negative
    std::unique_ptr<BIGNUM, decltype(&BN_free)> number(
        BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr), BN_free);
    if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)))
        throw std::runtime_error("OpenSSL: cannot set the serial number");
}

void addExtension(X509 *certificate, X509 *issuer, int nid, const std::string &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    if (!extension)
        throw std::runtime_error("OpenSSL: bad extension " + value);
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    check(added, "X509_add_ext");
}

// A certificate for `key` named `commonName`, valid from an hour ago for `validDays`, without
// issuer or extensions yet.
CertificateHandle newCertificate(EVP_PKEY *key, const std::string &commonName, int validDays)
{
    CertificateHandle certificate(X509_new());
    if (!certificate)
        throw std::runtime_error("OpenSSL: X509_new failed");
    check(X509_set_version(certificate.get(), X509_VERSION_3), "X509_set_version");
    setRandomSerial(certificate.get());
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kBackdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validDays, 0, nullptr))
        throw std::runtime_error("OpenSSL: cannot set the validity");
    check(X509_set_pubkey(certificate.get(), key), "X509_set_pubkey");
    X509_NAME *name = X509_get_subject_name(certificate.get());
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>("Pli"), -1, -1, 0),
          "X509_NAME_add_entry_by_txt");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(commonName.c_str()),
                                     -1, -1, 0),
          "X509_NAME_add_entry_by_txt");
    return certificate;
}

std::string subjectAltName(const std::vector<std::string> &names)
{
    std::string value;
    for (const std::string &name : names) {
        if (!value.empty())
            value += ',';
        value += (isIpAddress(name) ? "IP:" : "DNS:") + name;
    }
    return value;
}

} // namespace

bool isIpAddress(const std::string &name)
{
    unsigned char buffer[16];
    return inet_pton(AF_INET, name.c_str(), buffer) == 1 ||
           inet_pton(AF_INET6, name.c_str(), buffer) == 1;
}

KeyPair makeAuthority(const std::string &commonName, int validDays)
{
    KeyPair pair{nullptr, newKey()};
    pair.certificate = newCertificate(pair.key.get(), commonName, validDays);
    X509 *certificate = pair.certificate.get();
    check(X509_set_issuer_name(certificate, X509_get_subject_name(certificate)),
          "X509_set_issuer_name");
    addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    addExtension(certificate, certificate, NID_authority_key_identifier, "keyid:always");
    if (X509_sign(certificate, pair.key.get(), EVP_sha256()) <= 0)
        throw std::runtime_error("OpenSSL: cannot sign the authority's certificate");
    return pair;
}

KeyPair makeServer(const KeyPair &authority, const std::vector<std::string> &names, int validDays)
{
    if (names.empty())
        throw std::invalid_argument("a server certificate needs a name");
    KeyPair pair{nullptr, newKey()};
    pair.certificate = newCertificate(pair.key.get(), names.front(), validDays);
    X509 *certificate = pair.certificate.get();
    X509 *issuer = authority.certificate.get();
    check(X509_set_issuer_name(certificate, X509_get_subject_name(issuer)), "X509_set_issuer_name");
    addExtension(certificate, issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate, issuer, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate, issuer, NID_ext_key_usage, "serverAuth");
    addExtension(certificate, issuer, NID_subject_alt_name, subjectAltName(names));
    addExtension(certificate, issuer, NID_subject_key_identifier, "hash");
    addExtension(certificate, issuer, NID_authority_key_identifier, "keyid:always");
    if (X509_sign(certificate, authority.key.get(), EVP_sha256()) <= 0)
        throw std::runtime_error("OpenSSL: cannot sign the server's certificate");
    return pair;
}

std::string fingerprint(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(X509_digest(certificate, EVP_sha256(), digest, &size), "X509_digest");
    static const char hex[] = "0123456789ABCDEF";
    std::string text = "SHA256:";
    for (unsigned int i = 0; i < size; ++i) {
        if (i > 0)
            text += ':';
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0x0f];
    }
    return text;
}

bool validFor(X509 *certificate, long marginSeconds)
{
    time_t now = std::time(nullptr);
    time_t later = now + marginSeconds;
    return X509_cmp_time(X509_get0_notBefore(certificate), &now) < 0 &&
           X509_cmp_time(X509_get0_notAfter(certificate), &later) > 0;
}

bool issuedBy(X509 *certificate, const KeyPair &authority)
{
    return X509_check_issued(authority.certificate.get(), certificate) == X509_V_OK &&
           X509_verify(certificate, authority.key.get()) == 1;
}

bool covers(X509 *certificate, const std::string &name)
{
    if (isIpAddress(name))
        return X509_check_ip_asc(certificate, name.c_str(), 0) == 1;
    return X509_check_host(certificate, name.c_str(), name.size(),
                           X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) == 1;
}

} // namespace pli::server::tls::issuer
