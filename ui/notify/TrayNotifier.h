#pragma once

#include "Notifier.h"

#include <QPointer>

#include <optional>

class QSystemTrayIcon;

namespace pli::ui {

// Notifications as the tray icon's messages (QSystemTrayIcon::showMessage): toasts on
// Windows, the Notification Center on macOS. Qt 6.4 has no other portable API. The icon shows
// one message at a time and its click carries no identity, so a click is taken for the last
// message shown.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    // `icon` is shown (visible) for the messages to appear.
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent = nullptr);

    void show(const Notification &notification) override;

private:
    QPointer<QSystemTrayIcon> m_icon;
    std::optional<Notification> m_last;
};

} // namespace pli::ui
