#include "transfers/ChunkChecksum.h"

#include "transfers/Sha256.h"

#include <QFile>

namespace pli {

ChunkChecksum::ChunkChecksum(QObject *parent)
    : QObject(parent)
{}

ChunkChecksum::~ChunkChecksum()
{
    stop();
}

void ChunkChecksum::compute(const QString &path, qint64 offset, qint64 length)
{
    stop();
    m_stop = false;
    m_worker = std::thread([this, path, offset, length] { run(path, offset, length); });
}

void ChunkChecksum::stop()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join(); // within one block read: the worker checks the flag between blocks
}

void ChunkChecksum::run(QString path, qint64 offset, qint64 length)
{
    QFile file(path);
    bool readable = file.open(QIODevice::ReadOnly) && file.seek(offset);
    Sha256 hash;
    // Blocks keep memory bounded whatever the chunk size.
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = length; readable && left > 0;) {
        if (m_stop)
            return;
        const qint64 got = file.read(block.data(), qMin<qint64>(block.size(), left));
        readable = got > 0;
        if (readable) {
            hash.add(block.constData(), got);
            left -= got;
        }
    }
    if (!m_stop)
        Q_EMIT ready(offset, length, readable ? hash.result() : QByteArray());
}

} // namespace pli
