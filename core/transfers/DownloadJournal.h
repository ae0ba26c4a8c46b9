#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace pli {

// The small file beside "<name>.part" that lets a download continue after a pause, a crash or a
// restart: what is being fetched (URL, attachment, size, ETag, expected SHA-256) and which
// chunks of the part file are complete. Only whole chunks are recorded, so after a kill at most
// the chunks that were in flight are fetched again.
struct DownloadJournal
{
    QUrl url;
    QString attachmentId;
    QString targetPath; // the final name the part file gets once verified
    qint64 size = -1;
    QByteArray etag;   // strong validator, as the server sent it (quotes included)
    QByteArray sha256; // raw 32 bytes; empty until known
    qint64 chunkSize = 0;
    QBitArray done; // one bit per chunk

    static QString journalPathFor(const QString &partPath);

    int chunkCount() const;
    qint64 chunkBegin(int index) const { return qint64(index) * chunkSize; }
    qint64 chunkLength(int index) const;
    qint64 completedBytes() const;
    // Bytes from 0 up to the first incomplete chunk: what can be hashed already.
    qint64 contiguousBytes() const;
    bool isComplete() const { return size >= 0 && done.count(true) == chunkCount(); }
    // Whether the part file (of `partSize` bytes) can be continued for this download: the same
    // attachment or URL (the server's address may change between runs; If-Range with the
    // recorded ETag guards the bytes), an ETag to check, and the part file still whole.
    bool canResume(const QUrl &sameUrl, const QString &sameAttachmentId, qint64 partSize) const;

    // Sizes the chunk table for a file of `fileSize` bytes, nothing done yet.
    void reset(qint64 fileSize, QByteArray newEtag);

    // Written to a temporary file and renamed over the old journal, so a crash in the middle
    // leaves the previous state, never a torn one.
    bool save(const QString &path, QString *error = nullptr) const;
    // nullopt when the file is absent, unreadable or not a journal of ours.
    static std::optional<DownloadJournal> load(const QString &path);
};

} // namespace pli
