#pragma once

#include "Error.h"
#include "transfers/DownloadJournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <optional>

namespace pli {

class DownloadDigest;

// Where a download lands on disk: "<final name>.part" (and its resume journal) beside a final
// name that is sanitised and never overwrites anything, the whole size reserved before the first
// byte, and the rename to the final name — to a free one if a file took it meanwhile — once
// the content is verified. The part file and its journal are the user's alone (0600), and a
// symbolic link or anything but a plain file found under the part file's name is never written
// through.
class PartFile
{
    Q_DECLARE_TR_FUNCTIONS(pli::PartFile)
public:
    // Continues `previousTarget` (a former run's choice) when its part file is still there, or
    // picks a free name in `directory` (created if needed) from the server's untrusted name.
    Error chooseTarget(const QString &previousTarget, const QString &directory,
                       const QString &serverName);

    QString target() const { return m_target; }
    QString partPath() const { return m_partPath; }
    QString journalPath() const;
    QFile *file() { return &m_file; }
    qint64 size() const { return QFileInfo(m_partPath).size(); }
    // A plain file, not a symbolic link (to one) nor anything else planted under its name.
    bool isRegularFile() const;

    // The journal to continue the part file with, when there is one for this download (URL or
    // attachment), the part file is a plain file of the recorded size, and the digest the journal
    // claims does not contradict `digest` (which then holds the claim).
    std::optional<DownloadJournal> journalToResume(const QUrl &url, const QString &attachmentId,
                                                   DownloadDigest &digest) const;
    // Opens the part file for writing (readable and writable by the user only), emptied when
    // `truncate`; a symbolic link in its place is removed first, never followed.
    Error open(bool truncate);
    // Checks the free space and reserves `size` bytes, so that a full disk shows now rather than
    // half way through a 1 GiB file.
    Error reserve(qint64 size);
    // Empties the part file and forgets its journal (the file changed on the server).
    void restart();
    // Gives the verified part file its final name; target() is that name afterwards.
    Error promote();
    // Removes the part file and its journal (cancelled, or the bytes are useless).
    void discard();
    void close() { m_file.close(); }

    // Whether the bytes already written are worth keeping for a later retry after `error`;
    // not when they are wrong, gone, or there is no room for them.
    static bool worthKeepingAfter(const Error &error);

private:
    QString m_target;
    QString m_partPath;
    QFile m_file;
};

} // namespace pli
