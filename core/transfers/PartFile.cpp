#include "transfers/PartFile.h"

#include "transfers/DownloadDigest.h"
#include "transfers/SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <cerrno>

namespace pli {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Whether the open `file` is the plain file now at `path`: not reached through a symbolic link
// swapped in between the check and the open.
bool isFileAtPath(QFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat opened = {};
    struct stat named = {};
    return ::fstat(file.handle(), &opened) == 0 && S_ISREG(opened.st_mode) &&
           ::lstat(QFile::encodeName(path).constData(), &named) == 0 && S_ISREG(named.st_mode) &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
#else
    Q_UNUSED(file);
    const QFileInfo info(path);
    return !info.isSymLink() && info.isFile();
#endif
}

} // namespace

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

bool PartFile::isRegularFile() const
{
    const QFileInfo info(m_partPath);
    return !info.isSymLink() && info.isFile();
}

std::optional<DownloadJournal> PartFile::journalToResume(const QUrl &url,
                                                         const QString &attachmentId,
                                                         DownloadDigest &digest) const
{
    auto journal = DownloadJournal::load(journalPath());
    if (!journal || !isRegularFile() || journal->size <= 0 ||
        !journal->canResume(url, attachmentId, size()) || !digest.claim(journal->sha256))
        return std::nullopt;
    return journal;
}

Error PartFile::open(bool truncate)
{
    const QFileInfo info(m_partPath);
    if (info.isSymLink())
        QFile::remove(m_partPath); // the link only: what it points to is not ours
    m_file.setFileName(m_partPath);
    // Not QIODevice::Truncate: nothing is cut before the file is known to be ours.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered, kOwnerOnly))
        return Error(Error::Code::FileError,
                     tr("Cannot write %1: %2").arg(m_partPath, m_file.errorString()));
    if (!isFileAtPath(m_file, m_partPath)) {
        m_file.close();
        return Error(Error::Code::FileError,
                     tr("Cannot write %1: it is not a plain file.").arg(m_partPath));
    }
    // A part file of an older version may have been created with the umask's permissions.
    m_file.setPermissions(kOwnerOnly);
    if (truncate && !m_file.resize(0))
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
