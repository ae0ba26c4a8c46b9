#pragma once

#include <QString>

namespace pli::ui {

// Where clicked attachments go, as the person chose in the settings (kept in QSettings, read at
// each click so that a change applies at once): straight into the Downloads folder, or into a
// place asked for each file, starting from the folder chosen last time.
class DownloadPreferences
{
public:
    static bool askWhereToSave();
    static void setAskWhereToSave(bool ask);

    // The folder of the last file saved through the question; empty before the first one.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    // The user's Downloads folder, or the home folder on systems that have none.
    static QString downloadFolder();
};

} // namespace pli::ui
