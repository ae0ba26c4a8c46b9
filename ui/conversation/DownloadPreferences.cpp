#include "DownloadPreferences.h"

#include <QSettings>
#include <QStandardPaths>

namespace pli::ui {

namespace {
const QString AskKey = QStringLiteral("downloads/askWhereToSave");
const QString LastFolderKey = QStringLiteral("downloads/lastFolder");
} // namespace

bool DownloadPreferences::askWhereToSave()
{
    return QSettings().value(AskKey, false).toBool();
}

void DownloadPreferences::setAskWhereToSave(bool ask)
{
    QSettings().setValue(AskKey, ask);
}

QString DownloadPreferences::lastFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

void DownloadPreferences::setLastFolder(const QString &folder)
{
    QSettings().setValue(LastFolderKey, folder);
}

QString DownloadPreferences::downloadFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                               : downloads;
}

} // namespace pli::ui
