#include "CertificateDetails.h"

#include "Error.h"

#include <QSslCertificate>

namespace pli {

CertificateDetails CertificateDetails::of(const QSslCertificate &certificate)
{
    CertificateDetails details;
    if (certificate.isNull())
        return details;
    details.subject = certificate.subjectDisplayName();
    details.issuer = certificate.issuerDisplayName();
    details.validFrom = certificate.effectiveDate().toUTC();
    details.validUntil = certificate.expiryDate().toUTC();
    details.fingerprint = fingerprintOf(certificate);
    details.pem = certificate.toPem();
    return details;
}

CertificateDetails CertificateDetails::fromPem(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    return certificates.isEmpty() ? CertificateDetails() : of(certificates.first());
}

CertificateDetails CertificateDetails::presentedRoot(const Error &error)
{
    if (error.code() != Error::Code::UntrustedCertificate &&
        error.code() != Error::Code::CertificateChanged)
        return {};
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(error.presentedCertificates(), QSsl::Pem);
    return chain.isEmpty() ? CertificateDetails() : of(chain.last());
}

QString CertificateDetails::fingerprintOf(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QStringLiteral("SHA256:") + QString::fromLatin1(hex);
}

} // namespace pli
