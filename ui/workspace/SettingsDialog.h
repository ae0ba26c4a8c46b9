#pragma once

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pli::ui {

// The workspace's preferences: the language of the interface, the number of conversations per
// page (both kept in QSettings by the main window), whether to ask where to save each
// downloaded file (DownloadPreferences), whether Pli keeps running in the background when its
// window closes (BackgroundPreference) and, for each signed-in account, whether it shows
// desktop notifications (NotificationPreferences); those three are kept when the dialog is
// accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct AccountEntry
    {
        QString key;
        QString title;
    };

    // `trayAvailable`: whether the desktop has a notification area, without which Pli cannot
    // stay in the background (the option is then off and says why).
    SettingsDialog(const QLocale &language, int perPage, const QList<AccountEntry> &accounts = {},
                   bool trayAvailable = true, QWidget *parent = nullptr);

    QLocale language() const;
    int perPage() const;
    bool askWhereToSave() const;
    bool keepRunning() const;
    bool notificationsEnabled(const QString &accountKey) const;

    void accept() override;

private:
    void updateDownloadsNote();
    QWidget *buildNotifications(const QList<AccountEntry> &accounts);

    QComboBox *m_language;
    QComboBox *m_perPage;
    QCheckBox *m_askWhereToSave;
    QLabel *m_downloadsNote;
    QCheckBox *m_keepRunning;
    bool m_keepRunningShown = false;
    QList<std::pair<QString, QCheckBox *>> m_notifications;
};

} // namespace pli::ui
