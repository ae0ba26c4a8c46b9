#include "transfers/ChunkChecksum.h"

#include "transfers/Sha256.h"

#include <QFile>
#include <QNetworkRequest>

namespace pli {

ChunkChecksum::ChunkChecksum(QObject *parent)
    : QObject(parent)
{}

ChunkChecksum::~ChunkChecksum()
{
    stop();
}

bool ChunkChecksum::useExtensions(const QByteArray &tusExtension)
{
    Kind kind = Kind::Chunk;
    for (const QByteArray &extension : tusExtension.split(','))
        kind = extension.trimmed() == "prefix-digest" ? Kind::Prefix : kind;
    if (kind == m_kind)
        return false;
    stop();
    m_kind = kind;
    m_states.clear();
    return true;
}

void ChunkChecksum::addHeader(QNetworkRequest &request, const QByteArray &digest) const
{
    if (m_kind == Kind::Prefix)
        request.setRawHeader("Upload-Prefix-Digest", "sha-256=:" + digest.toBase64() + ':');
    else
        request.setRawHeader("Upload-Checksum", "sha256 " + digest.toBase64());
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
    // Chunk: from the chunk's first byte. Prefix: from the latest state saved at or before it
    // (the previous chunk's end, usually), or from byte 0; older states are not needed again.
    qint64 from = offset;
    auto hash = std::make_unique<Sha256>();
    if (m_kind == Kind::Prefix) {
        auto saved = m_states.upper_bound(offset);
        from = 0;
        if (saved != m_states.begin()) {
            --saved;
            from = saved->first;
            hash = std::make_unique<Sha256>(*saved->second);
        }
        m_states.erase(m_states.begin(), saved);
    }
    QFile file(path);
    bool readable = file.open(QIODevice::ReadOnly) && file.seek(from);
    // Blocks keep memory bounded whatever the chunk size.
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 at = from, end = offset + length; readable && at < end;) {
        if (m_stop)
            return;
        if (at == offset && m_kind == Kind::Prefix && from < offset)
            m_states[offset] = std::make_unique<Sha256>(*hash);
        // Stop at the chunk's start too, to save the state there.
        const qint64 stopAt = at < offset ? offset : end;
        const qint64 got = file.read(block.data(), qMin<qint64>(block.size(), stopAt - at));
        readable = got > 0;
        if (readable) {
            hash->add(block.constData(), got);
            at += got;
        }
    }
    if (m_stop)
        return;
    if (readable && m_kind == Kind::Prefix)
        m_states[offset + length] = std::make_unique<Sha256>(*hash);
    Q_EMIT ready(offset, length, readable ? hash->result() : QByteArray());
}

} // namespace pli
