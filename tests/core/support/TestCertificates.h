#pragma once

#include <QByteArray>
#include <QString>

namespace pli::test {

// Certificate authorities for the client's TLS tests, made the way pli-server --tls-self-signed
// makes them (server/tls), in PEM.
QByteArray authorityPem(int validDays = 30);
// The fingerprint pli-server prints for the first certificate of `pem` ("SHA256:AB:…").
QString serverFingerprint(const QByteArray &pem);
// The authority of a TestServer started with --tls-self-signed (its DATA/tls/ca.pem).
class TestServer;
QByteArray authorityOf(const TestServer &server);

} // namespace pli::test
