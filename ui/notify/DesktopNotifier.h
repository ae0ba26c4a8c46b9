#pragma once

class QObject;
class QSystemTrayIcon;

namespace pli::ui {

class Notifier;

// The notifier of the desktop Pli runs on. Where a D-Bus session exists (Linux, BSD), the
// desktop's notification service (FreedesktopNotifier: a click opens what it names), with the
// tray icon's messages as its fallback; elsewhere (Windows, macOS) the tray icon's messages
// (TrayNotifier). Null when there is neither a session bus nor a tray icon. `icon` may be null.
Notifier *createDesktopNotifier(QSystemTrayIcon *icon, QObject *parent);

} // namespace pli::ui
