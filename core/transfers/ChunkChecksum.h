#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <thread>

class QNetworkRequest;

namespace pli {

class Sha256;

// The SHA-256 a tus PATCH carries in a header, read and hashed on a worker thread: the chunk
// must be hashed before it is sent. Hashing the next chunk while the current one is on the wire
// keeps the hash off the critical path, and the thread that asked (the UI's) never reads the
// file itself. Two kinds: the chunk's own digest (tus's Upload-Checksum), or the digest of the
// upload from its first byte to the chunk's end (Upload-Prefix-Digest, offered by pli-server as
// "prefix-digest"), which the server checks with the running SHA-256 it keeps for the
// attachment anyway: each byte is then hashed once on each side instead of twice on the server.
class ChunkChecksum : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Chunk,
        Prefix
    };

    explicit ChunkChecksum(QObject *parent = nullptr);
    ~ChunkChecksum() override;

    Kind kind() const { return m_kind; }
    // Prefix when the server's Tus-Extension lists "prefix-digest", Chunk otherwise. True when
    // the kind changed (digests computed before are of the other kind).
    bool useExtensions(const QByteArray &tusExtension);
    // Puts `digest` (from ready()) in the header of its kind.
    void addHeader(QNetworkRequest &request, const QByteArray &digest) const;

    // Hashes bytes [offset, offset + length) of `path` (Prefix: from byte 0, continuing from the
    // state saved at an earlier chunk's end); a computation still running is abandoned first
    // (its result never comes).
    void compute(const QString &path, qint64 offset, qint64 length);
    // Abandons the running computation, if any.
    void stop();

Q_SIGNALS:
    // From the worker thread (connections are queued). `digest` is the raw 32 bytes; empty when
    // the range could not be read whole (the file shrank, vanished or became unreadable).
    void ready(qint64 offset, qint64 length, const QByteArray &digest);

private:
    void run(QString path, qint64 offset, qint64 length);

    Kind m_kind = Kind::Chunk;
    // Prefix: the hash of the file's first N bytes, at chunk ends. Only compute() (once the
    // worker has stopped) and the worker touch it.
    std::map<qint64, std::unique_ptr<Sha256>> m_states;
    std::thread m_worker;
    std::atomic<bool> m_stop{false};
};

} // namespace pli
