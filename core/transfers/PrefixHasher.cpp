#include "transfers/PrefixHasher.h"

#include "transfers/Sha256.h"

#include <QFile>

#include <memory>
#include <vector>

namespace pli {

PrefixHasher::PrefixHasher(QObject *parent)
    : QObject(parent)
{}

PrefixHasher::~PrefixHasher()
{
    stop();
}

void PrefixHasher::start(const QString &path)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_target = 0;
        m_hashed = 0;
        m_final = false;
        m_stop = false;
    }
    m_worker = std::thread([this, path] { run(path); });
}

void PrefixHasher::advanceTo(qint64 offset)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_final || offset <= m_target)
            return;
        m_target = offset;
    }
    m_wake.notify_one();
}

void PrefixHasher::finish(qint64 size)
{
    {
        std::lock_guard lock(m_mutex);
        m_target = size;
        m_final = true;
    }
    m_wake.notify_one();
}

void PrefixHasher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_worker.joinable())
        m_worker.join();
}

qint64 PrefixHasher::hashedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_hashed;
}

void PrefixHasher::run(QString path)
{
    Sha256 hash;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stop || m_final; });
        if (!m_stop)
            Q_EMIT finished({}, file.errorString());
        return;
    }
    std::vector<char> buffer(1 << 20);
    qint64 position = 0;
    for (;;) {
        qint64 target = 0;
        bool final = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_final || m_target > position; });
            if (m_stop)
                return;
            target = m_target;
            final = m_final;
        }
        while (position < target) {
            const qint64 want = qMin<qint64>(qint64(buffer.size()), target - position);
            const qint64 got = file.read(buffer.data(), want);
            if (got <= 0) {
                Q_EMIT finished({}, got < 0 ? file.errorString()
                                            : QStringLiteral("part file shorter than expected"));
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop; });
                return;
            }
            hash.add(buffer.data(), got);
            position += got;
            std::lock_guard lock(m_mutex);
            m_hashed = position;
            if (m_stop)
                return;
        }
        if (final && position >= target) {
            Q_EMIT finished(hash.result(), {});
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop; });
            return;
        }
    }
}

} // namespace pli
