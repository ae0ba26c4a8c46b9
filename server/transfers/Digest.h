#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct evp_md_ctx_st;

namespace pli::server {

enum class DigestAlgorithm
{
    Sha1,
    Sha256,
};

// An incremental message digest (OpenSSL EVP), so that bytes are hashed as they stream through
// and never need to sit in memory together. Copyable: a copy is a snapshot to roll back to.
class Digest
{
public:
    explicit Digest(DigestAlgorithm algorithm);
    Digest(const Digest &other);
    Digest &operator=(const Digest &other);
    Digest(Digest &&) noexcept = default;
    Digest &operator=(Digest &&) noexcept = default;
    ~Digest();

    void update(const void *data, std::size_t size);
    // The digest of everything given so far; the object is spent afterwards.
    std::vector<unsigned char> finish();

    static std::size_t sizeOf(DigestAlgorithm algorithm);
    // SHA-256 of a whole file, read in bounded chunks. Throws std::runtime_error when unreadable.
    static std::vector<unsigned char> sha256OfFile(const std::filesystem::path &file);
    // The running SHA-256 of the first `bytes` bytes of a file (not finished: more may follow).
    // Throws std::runtime_error when the file is unreadable or shorter.
    static Digest sha256OfPrefix(const std::filesystem::path &file, std::int64_t bytes);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace pli::server
