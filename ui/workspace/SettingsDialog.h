#pragma once

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pli::ui {

// The workspace's preferences: the language of the interface, the number of conversations per
// page (both kept in QSettings by the main window) and whether to ask where to save each
// downloaded file (kept through DownloadPreferences when the dialog is accepted).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QLocale &language, int perPage, QWidget *parent = nullptr);

    QLocale language() const;
    int perPage() const;
    bool askWhereToSave() const;

    void accept() override;

private:
    void updateDownloadsNote();

    QComboBox *m_language;
    QComboBox *m_perPage;
    QCheckBox *m_askWhereToSave;
    QLabel *m_downloadsNote;
};

} // namespace pli::ui
