#pragma once

#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace pli::ui {

class TrayMenu;
class TrayStatus;

// Pli's icon in the notification area (QSystemTrayIcon): the application icon with the unread
// total as a badge, the TrayStatus tooltip, the TrayMenu on a right click, and "open" on a click.
// Where the desktop has no notification area (GNOME without an extension, a bare X server),
// there is no icon: isAvailable() is false and the menu exists for nobody but the tests.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // `status` must outlive the icon.
    explicit TrayIcon(TrayStatus *status, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    TrayMenu *menu() const { return m_menu.get(); }
    // Null without a notification area.
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }

Q_SIGNALS:
    // A click on the icon (the menu has its own signals).
    void openRequested();

private:
    void update();

    TrayStatus *m_status;
    std::unique_ptr<TrayMenu> m_menu; // a QMenu has no QObject parent here: it is a window
    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace pli::ui
