#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace pli {

// Parsing of the few HTTP header values a transfer depends on. Every parser is strict: a value
// that is not exactly well-formed is refused (nullopt), never guessed.
namespace TransferHeaders {

struct ContentRange
{
    qint64 first = -1; // -1 with `total` set: "bytes */total" (416 answers)
    qint64 last = -1;
    qint64 total = -1; // -1: "*" (unknown)
};

// "bytes 0-99/1000", "bytes 0-99/*", "bytes */1000".
std::optional<ContentRange> parseContentRange(const QByteArray &value);
// The raw 32-byte SHA-256 from an RFC 9530 Repr-Digest ("sha-256=:<base64>:", possibly among
// other algorithms); empty when absent or malformed.
QByteArray sha256FromReprDigest(const QByteArray &value);
// Retry-After as seconds from now (delta-seconds or an HTTP date); -1 when absent or invalid.
int retryAfterSeconds(const QByteArray &value);
// "bytes=a-b" for the half-open byte range [begin, end).
QByteArray rangeHeader(qint64 begin, qint64 end);

} // namespace TransferHeaders

} // namespace pli
