#include "transfers/Sha256.h"

#include <openssl/evp.h>

namespace pli {

void Sha256::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot provide SHA-256");
}

Sha256::Sha256(const Sha256 &other)
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_MD_CTX_copy_ex(m_ctx.get(), other.m_ctx.get()) != 1)
        qFatal("OpenSSL cannot copy a SHA-256 state");
}

Sha256::~Sha256() = default;

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_ctx.get(), data, size_t(size));
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray Sha256::of(const QByteArray &data)
{
    Sha256 hash;
    hash.add(data);
    return hash.result();
}

} // namespace pli
