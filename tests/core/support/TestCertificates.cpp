#include "TestCertificates.h"

#include "CertificateIssuer.h"
#include "TestServer.h"

#include <openssl/pem.h>

#include <QFile>

namespace pli::test {

QByteArray authorityPem(int validDays)
{
    const server::tls::KeyPair authority =
        server::tls::issuer::makeAuthority("Test authority", validDays);
    server::tls::BioHandle bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), authority.certificate.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QString serverFingerprint(const QByteArray &pem)
{
    server::tls::BioHandle bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    server::tls::CertificateHandle certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return certificate ? QString::fromStdString(server::tls::issuer::fingerprint(certificate.get()))
                       : QString();
}

QByteArray authorityOf(const TestServer &server)
{
    QFile file(QString::fromStdString(server.caCertificate().string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace pli::test
