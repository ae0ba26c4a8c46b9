#include "transfers/PartFile.h"

#include "transfers/DownloadJournal.h"
#include "transfers/SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

#include <cerrno>

namespace pli {

Error PartFile::chooseTarget(const QString &previousTarget, const QString &directory,
                             const QString &serverName)
{
    if (!previousTarget.isEmpty()) {
        m_target = previousTarget;
        const QFileInfo target(m_target);
        if (target.exists() && !QFileInfo::exists(m_target + QStringLiteral(".part")))
            m_target = SafeFileName::uniquePath(target.absolutePath(), target.fileName());
    } else {
        if (!QDir().mkpath(directory))
            return Error(Error::Code::FileError, tr("Cannot create the folder %1.").arg(directory));
        m_target = SafeFileName::uniquePath(directory, SafeFileName::sanitize(serverName));
    }
    m_partPath = m_target + QStringLiteral(".part");
    return {};
}

QString PartFile::journalPath() const
{
    return DownloadJournal::journalPathFor(m_partPath);
}

Error PartFile::open(bool truncate)
{
    m_file.setFileName(m_partPath);
    QIODevice::OpenMode mode = QIODevice::ReadWrite | QIODevice::Unbuffered;
    if (truncate)
        mode |= QIODevice::Truncate;
    if (!m_file.open(mode))
        return Error(Error::Code::FileError,
                     tr("Cannot write %1: %2").arg(m_partPath, m_file.errorString()));
    return {};
}

Error PartFile::reserve(qint64 size)
{
    QStorageInfo storage(QFileInfo(m_target).absolutePath());
    const qint64 needed = size - m_file.size();
    if (storage.isValid() && storage.bytesAvailable() < needed)
        return Error(Error::Code::DiskFull, tr("%1 needs %2 bytes but only %3 are free.")
                                                .arg(QFileInfo(m_target).fileName())
                                                .arg(size)
                                                .arg(storage.bytesAvailable()));
#ifdef Q_OS_LINUX
    const int rc = ::posix_fallocate(m_file.handle(), 0, size);
    if (rc == ENOSPC)
        return Error(Error::Code::DiskFull, tr("Not enough free disk space."));
    if (rc == 0)
        return {};
#endif
    if (!m_file.resize(size))
        return Error(Error::Code::FileError, m_file.errorString());
    return {};
}

void PartFile::restart()
{
    m_file.resize(0);
    QFile::remove(journalPath());
}

Error PartFile::promote()
{
    m_file.close();
    const QFileInfo wanted(m_target);
    const QString target = wanted.exists() || wanted.isSymLink()
                               ? SafeFileName::uniquePath(wanted.absolutePath(), wanted.fileName())
                               : m_target;
    // rename() never replaces: a file that appeared meanwhile under that name is safe.
    if (!QFile::rename(m_partPath, target))
        return Error(Error::Code::FileError,
                     tr("Cannot rename the finished download to %1.").arg(target));
    QFile::remove(journalPath());
    m_target = target;
    return {};
}

void PartFile::discard()
{
    m_file.close();
    QFile::remove(m_partPath);
    QFile::remove(journalPath());
}

bool PartFile::worthKeepingAfter(const Error &error)
{
    switch (error.code()) {
    case Error::Code::DiskFull:
    case Error::Code::FileError:
    case Error::Code::Integrity:
    case Error::Code::NotFound:
    case Error::Code::Gone:
    case Error::Code::Conflict:
        return false;
    default:
        return true;
    }
}

} // namespace pli
