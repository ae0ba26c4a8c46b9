#include "DroppedFiles.h"

#include <QDir>
#include <QFileInfo>

namespace pli::ui {

DroppedFiles::DroppedFiles(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            m_refusals.append(tr("%1 is not a file on this computer: download it first, then "
                                 "attach it.")
                                  .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        } else if (QFileInfo(url.toLocalFile()).isDir()) {
            m_refusals.append(folderRefusal(url.toLocalFile()));
        } else if (!m_files.contains(url.toLocalFile())) {
            m_files.append(url.toLocalFile());
        }
    }
}

QString DroppedFiles::folderRefusal(const QString &path)
{
    return tr("%1 is a folder: attach the files it contains instead.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace pli::ui
