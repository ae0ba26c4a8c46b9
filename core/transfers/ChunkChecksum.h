#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <thread>

namespace pli {

// SHA-256 of one byte range of a file, read and hashed on a worker thread: a tus upload puts
// the checksum of each chunk in the PATCH's header, so the chunk must be hashed before it is
// sent. Hashing the next chunk while the current one is on the wire keeps the hash off the
// critical path, and the thread that asked (the UI's) never reads the file itself.
class ChunkChecksum : public QObject
{
    Q_OBJECT
public:
    explicit ChunkChecksum(QObject *parent = nullptr);
    ~ChunkChecksum() override;

    // Hashes bytes [offset, offset + length) of `path`; a computation still running is
    // abandoned first (its result never comes).
    void compute(const QString &path, qint64 offset, qint64 length);
    // Abandons the running computation, if any.
    void stop();

Q_SIGNALS:
    // From the worker thread (connections are queued). `digest` is the raw 32 bytes; empty when
    // the range could not be read whole (the file shrank, vanished or became unreadable).
    void ready(qint64 offset, qint64 length, const QByteArray &digest);

private:
    void run(QString path, qint64 offset, qint64 length);

    std::thread m_worker;
    std::atomic<bool> m_stop{false};
};

} // namespace pli
