#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pli {

// The SHA-256 a download must match before it gets its final name, and whether the server
// vouched for it in this run. The server says it twice: the attachment's digest in the API (the
// request's) and the Repr-Digest of each answer, which wins when they differ on a fresh start (the
// bytes fetched are the answer's). A journal left on disk only claims one: the claim is believed
// once the server says the same and never decides alone, and a claim the server contradicts
// means the part file holds other bytes: start over.
class DownloadDigest
{
    Q_DECLARE_TR_FUNCTIONS(pli::DownloadDigest)
public:
    // A fresh start: the API's digest (raw 32 bytes; empty when unknown).
    void reset(const QByteArray &fromApi);
    // Resuming from a part file: what its journal recorded. False when it contradicts the API's
    // digest.
    bool claim(const QByteArray &fromJournal);
    // What an answer's Repr-Digest said (empty: nothing). False when it contradicts what the bytes
    // already on disk were fetched under: they must not be mixed with these.
    bool heard(const QByteArray &fromServer);

    bool isVouched() const { return m_vouched; }
    // What the journal records: vouched for, or still only claimed.
    QByteArray recorded() const { return m_value; }
    // What the finished file must hash to; empty when the server has not said it in this run.
    QByteArray expected() const { return m_vouched ? m_value : QByteArray(); }
    // Why the finished file at `path`, whose SHA-256 is `actual`, must not be kept: Integrity
    // when it is not the server's, or when the server never said it and it is `required`.
    Error check(const QByteArray &actual, bool required, const QString &path) const;

private:
    enum class Source
    {
        None,
        Api,     // may still give way to the first answer's Repr-Digest
        Journal, // the part file's bytes were fetched under it
        Answer,
    };
    QByteArray m_value;
    Source m_source = Source::None;
    bool m_vouched = false;
};

} // namespace pli
