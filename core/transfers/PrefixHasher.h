#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace pli {

// SHA-256 (OpenSSL EVP) of a part file computed while it is still being downloaded: a worker
// thread reads back the contiguous prefix that is already complete, so when the last chunk
// lands only the tail that was not contiguous yet remains to be hashed, never a second full
// pass. Memory use is one small read buffer.
class PrefixHasher : public QObject
{
    Q_OBJECT
public:
    explicit PrefixHasher(QObject *parent = nullptr);
    ~PrefixHasher() override;

    // Starts hashing `path` from byte 0; any previous run is stopped first.
    void start(const QString &path);
    // Bytes [0, offset) of the file are final and may be hashed.
    void advanceTo(qint64 offset);
    // The file is complete at `size` bytes: hash up to there and emit finished().
    void finish(qint64 size);
    // Stops the worker without emitting anything (cancel, restart, destruction).
    void stop();

    qint64 hashedBytes() const;

Q_SIGNALS:
    // Emitted from the worker thread (connections to it are queued). `digest` is the raw 32
    // bytes, empty with `error` set when the file could not be read.
    void finished(const QByteArray &digest, const QString &error);

private:
    void run(QString path);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_worker;
    qint64 m_target = 0;
    qint64 m_hashed = 0;
    bool m_final = false;
    bool m_stop = false;
};

} // namespace pli
