#include "Digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace pli::server {

namespace {
const EVP_MD *mdOf(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}
} // namespace

void Digest::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Digest::Digest(DigestAlgorithm algorithm)
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), mdOf(algorithm), nullptr) != 1)
        throw std::runtime_error("EVP_DigestInit_ex failed");
}

Digest::Digest(const Digest &other)
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_MD_CTX_copy_ex(m_ctx.get(), other.m_ctx.get()) != 1)
        throw std::runtime_error("EVP_MD_CTX_copy_ex failed");
}

Digest &Digest::operator=(const Digest &other)
{
    if (this != &other) {
        Digest copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Digest::~Digest() = default;

void Digest::update(const void *data, std::size_t size)
{
    if (EVP_DigestUpdate(m_ctx.get(), data, size) != 1)
        throw std::runtime_error("EVP_DigestUpdate failed");
}

std::vector<unsigned char> Digest::finish()
{
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_ctx.get(), out.data(), &size) != 1)
        throw std::runtime_error("EVP_DigestFinal_ex failed");
    out.resize(size);
    return out;
}

std::size_t Digest::sizeOf(DigestAlgorithm algorithm)
{
    return static_cast<std::size_t>(EVP_MD_get_size(mdOf(algorithm)));
}

std::vector<unsigned char> Digest::sha256OfFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.filename().string());
    Digest digest(DigestAlgorithm::Sha256);
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0)
            digest.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw std::runtime_error("cannot read " + file.filename().string());
    return digest.finish();
}

Digest Digest::sha256OfPrefix(const std::filesystem::path &file, std::int64_t bytes)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.filename().string());
    Digest digest(DigestAlgorithm::Sha256);
    std::vector<char> buffer(1 << 16);
    for (std::int64_t left = bytes; left > 0;) {
        const auto want = static_cast<std::streamsize>(
            std::min<std::int64_t>(left, static_cast<std::int64_t>(buffer.size())));
        in.read(buffer.data(), want);
        if (in.gcount() != want)
            throw std::runtime_error("cannot read " + file.filename().string());
        digest.update(buffer.data(), static_cast<std::size_t>(want));
        left -= want;
    }
    return digest;
}

} // namespace pli::server
