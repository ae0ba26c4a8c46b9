#pragma once

#include <QByteArray>

#include <memory>

struct evp_md_ctx_st;

namespace pli {

// Incremental SHA-256 through OpenSSL's EVP interface (hardware accelerated where the CPU can),
// for transfers that hash hundreds of megabytes.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    // A copy of the state so far: the two go on independently (the digest of a prefix, then
    // more bytes).
    Sha256(const Sha256 &other);
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    QByteArray result(); // raw 32 bytes; the object must not be used afterwards

    static QByteArray of(const QByteArray &data);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace pli
