#pragma once

#include <QDialog>
#include <QLocale>

class QComboBox;

namespace pli::ui {

// The workspace's preferences: the language of the interface and the number of conversations
// per page. Kept in QSettings by the main window.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QLocale &language, int perPage, QWidget *parent = nullptr);

    QLocale language() const;
    int perPage() const;
    QComboBox *languageBox() const { return m_language; }
    QComboBox *perPageBox() const { return m_perPage; }

private:
    QComboBox *m_language;
    QComboBox *m_perPage;
};

} // namespace pli::ui
