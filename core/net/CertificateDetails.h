#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QSslCertificate;

namespace pli {

class Error;

// What a person needs to decide whether to trust a certificate, as plain values: who it names,
// who signed it, how long it is valid, and its SHA-256 fingerprint in the form pli-server prints
// ("SHA256:AB:CD:…"), to compare with what the server's administrator gave.
struct CertificateDetails
{
    QString subject;
    QString issuer;
    QDateTime validFrom;  // UTC
    QDateTime validUntil; // UTC
    QString fingerprint;
    QByteArray pem; // the certificate itself, to store once trusted

    bool isNull() const { return pem.isEmpty(); }

    static CertificateDetails of(const QSslCertificate &certificate);
    // The details of the first certificate of `pem` (null when there is none).
    static CertificateDetails fromPem(const QByteArray &pem);
    // The root of the chain an UntrustedCertificate or CertificateChanged error carries: what
    // trusting the server means trusting (null for any other error).
    static CertificateDetails presentedRoot(const Error &error);
    static QString fingerprintOf(const QSslCertificate &certificate);
};

} // namespace pli
