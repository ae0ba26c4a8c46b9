#include "ServerTrust.h"

#include "CertificateDetails.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

namespace pli {

namespace {

// Marks a request whose TLS configuration trusts the account's own authorities only.
constexpr auto kOwnAuthorityAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 0x715);

// The verification failures that trusting the chain's root would cure.
bool isTrustFailure(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

} // namespace

Error ServerTrust::fromPem(const QByteArray &pem, ServerTrust &out)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || std::any_of(certificates.cbegin(), certificates.cend(),
                                              [](const QSslCertificate &c) { return c.isNull(); }))
        return Error(Error::Code::InvalidInput, tr("it holds no certificate in PEM form"));
    if (certificates.size() > maxCertificates)
        return Error(Error::Code::InvalidInput,
                     tr("it holds more than %n certificate(s)", nullptr, maxCertificates));
    out.m_certificates = certificates;
    return {};
}

Error ServerTrust::fromFile(const QString &path, ServerTrust &out)
{
    QFile file(path);
    // A certificate file is a few kilobytes; anything much larger is not one.
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Code::FileError,
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray pem = file.read(1 << 20);
    ServerTrust read;
    Error error = fromPem(pem, read);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &certificate : read.m_certificates) {
        if (!error && certificate.expiryDate() < now)
            //: %1 is a certificate's name, %2 a date
            error = Error(Error::Code::InvalidInput,
                          tr("the certificate %1 expired on %2")
                              .arg(certificate.subjectDisplayName(),
                                   QLocale().toString(certificate.expiryDate().toLocalTime(),
                                                      QLocale::ShortFormat)));
    }
    if (!error)
        out = read;
    else
        //: %1 is a file name, %2 what is wrong with it (e.g. "it holds no certificate...")
        error.setDetail(tr("%1: %2").arg(QDir::toNativeSeparators(path), error.detail()));
    return error;
}

QByteArray ServerTrust::pem() const
{
    QByteArray out;
    for (const QSslCertificate &certificate : m_certificates)
        out += certificate.toPem();
    return out;
}

void ServerTrust::apply(QNetworkRequest &request) const
{
    if (!hasOwnAuthority())
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    // Replaces the system's authorities (and turns off their loading on demand): a server that
    // a public authority vouches for is not the server this account trusts.
    configuration.setCaCertificates(m_certificates);
    request.setSslConfiguration(configuration);
    request.setAttribute(kOwnAuthorityAttribute, true);
}

Error ServerTrust::failure(const QNetworkRequest &request, const QList<QSslError> &errors,
                           const QList<QSslCertificate> &chain)
{
    QStringList reasons;
    bool trustOnly = !errors.isEmpty();
    QList<QSslCertificate> presented = chain;
    for (const QSslError &error : errors) {
        reasons.append(error.errorString());
        trustOnly = trustOnly && isTrustFailure(error.error());
        // The chain may not be known yet where the errors are reported: each error names the
        // certificate it is about.
        if (chain.isEmpty() && !error.certificate().isNull() &&
            !presented.contains(error.certificate()))
            presented.append(error.certificate());
    }
    if (!trustOnly || presented.isEmpty())
        return Error(Error::Code::Tls, reasons.join(QStringLiteral("; ")));
    const bool ownAuthority = request.attribute(kOwnAuthorityAttribute).toBool();
    QByteArray pem;
    for (const QSslCertificate &certificate : std::as_const(presented))
        pem += certificate.toPem();
    return Error(ownAuthority ? Error::Code::CertificateChanged : Error::Code::UntrustedCertificate,
                 CertificateDetails::fingerprintOf(presented.last()))
        .setPresentedCertificates(pem);
}

Error ServerTrust::failure(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    return failure(reply->request(), errors, reply->sslConfiguration().peerCertificateChain());
}

} // namespace pli
