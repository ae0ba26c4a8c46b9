#include "PemFiles.h"

#include <openssl/crypto.h>
#include <openssl/pem.h>

#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace pli::server::tls::pem {

namespace {

std::string readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<size_t>(size)) : std::string();
}

// Writes to a temporary file created with `mode` beside the target, then renames it: a reader
// (or a crash) never sees half a key, and a key is never readable by others, not even briefly.
void replaceFile(const std::filesystem::path &file, const std::string &content, mode_t mode)
{
    const std::filesystem::path temporary = file.string() + ".new";
    ::unlink(temporary.c_str());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        throw std::runtime_error("cannot write " + temporary.string());
    size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n <= 0) {
            ::close(fd);
            ::unlink(temporary.c_str());
            throw std::runtime_error("cannot write " + temporary.string());
        }
        written += static_cast<size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temporary.c_str(), file.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw std::runtime_error("cannot write " + file.string());
    }
}

BioHandle memoryBio()
{
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (!bio)
        throw std::runtime_error("OpenSSL: BIO_new failed");
    return bio;
}

} // namespace

std::optional<KeyPair> readPair(const std::filesystem::path &certificateFile,
                                const std::filesystem::path &keyFile)
{
    BioHandle certificateBio(BIO_new_file(certificateFile.c_str(), "r"));
    BioHandle keyBio(BIO_new_file(keyFile.c_str(), "r"));
    if (!certificateBio || !keyBio)
        return std::nullopt;
    KeyPair pair{
        CertificateHandle(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr)),
        KeyHandle(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr))};
    if (!pair.certificate || !pair.key ||
        X509_check_private_key(pair.certificate.get(), pair.key.get()) != 1)
        return std::nullopt;
    return pair;
}

void writeCertificates(const std::filesystem::path &file, const std::vector<X509 *> &certificates)
{
    BioHandle bio = memoryBio();
    for (X509 *certificate : certificates) {
        if (PEM_write_bio_X509(bio.get(), certificate) != 1)
            throw std::runtime_error("OpenSSL: cannot encode a certificate");
    }
    replaceFile(file, readAll(bio.get()), 0644);
}

void writeKey(const std::filesystem::path &file, EVP_PKEY *key)
{
    BioHandle bio = memoryBio();
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throw std::runtime_error("OpenSSL: cannot encode a private key");
    std::string text = readAll(bio.get());
    replaceFile(file, text, 0600);
    OPENSSL_cleanse(text.data(), text.size());
}

void writeText(const std::filesystem::path &file, const std::string &text)
{
    replaceFile(file, text, 0644);
}

} // namespace pli::server::tls::pem
