#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QNetworkReply;
class QNetworkRequest;

namespace pli {

// What one account trusts its server's certificate by: the system's certificate authorities
// (the default), or authorities of its own (a server with a self-signed authority, trusted with
// `pli-cli login --ca-file` or on the desktop's "Trust this certificate?" page), and then those
// only: a server that presents any other chain is refused as a changed certificate, even one the
// system would trust. Applied request by request (the request's TLS configuration), never to
// Qt's global default, so one account's authority is trusted for that account alone.
class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(pli::ServerTrust)
public:
    // The most certificates one account may trust (a root and its intermediates).
    static constexpr int maxCertificates = 8;

    ServerTrust() = default; // the system's authorities

    // The certificates of `pem` (PEM, one or more). InvalidInput, with a sentence for a person,
    // when it holds none or too many; `out` is then unchanged.
    static Error fromPem(const QByteArray &pem, ServerTrust &out);
    // The same, read from a file a person names, which must not hold an expired certificate
    // either (FileError when it cannot be read; the detail names the file).
    static Error fromFile(const QString &path, ServerTrust &out);

    bool hasOwnAuthority() const { return !m_certificates.isEmpty(); }
    QList<QSslCertificate> certificates() const { return m_certificates; }
    // PEM of the certificates (empty for the system's authorities): what the account stores.
    QByteArray pem() const;

    // Sets the request's TLS configuration to trust exactly the account's authorities (nothing
    // changes for the system's) and notes on it which kind of trust it carries.
    void apply(QNetworkRequest &request) const;

    // The error for a handshake with a server that presented `chain` (its own certificate
    // first) and met `errors`, for a request prepared by apply(): UntrustedCertificate, or
    // CertificateChanged when the request trusted the account's own authority, when only the
    // chain's trust failed (with the chain's root fingerprint as detail and the chain); Tls with
    // the reasons otherwise (a wrong name, an expired certificate...).
    static Error failure(const QNetworkRequest &request, const QList<QSslError> &errors,
                         const QList<QSslCertificate> &chain);
    // The same for a reply's sslErrors() (its request, and the chain it received).
    static Error failure(const QNetworkReply *reply, const QList<QSslError> &errors);

    friend bool operator==(const ServerTrust &a, const ServerTrust &b)
    {
        return a.m_certificates == b.m_certificates;
    }

private:
    QList<QSslCertificate> m_certificates;
};

} // namespace pli
