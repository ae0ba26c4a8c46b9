#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace pli::server::tls {

// OpenSSL objects owned the RAII way: freed with their own function, whatever path is taken.
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertificateFree
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};

using KeyHandle = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertificateHandle = std::unique_ptr<X509, CertificateFree>;
using BioHandle = std::unique_ptr<BIO, BioFree>;

} // namespace pli::server::tls
