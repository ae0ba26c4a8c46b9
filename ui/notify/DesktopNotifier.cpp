#include "DesktopNotifier.h"

#include "FreedesktopNotifier.h"
#include "TrayNotifier.h"

#include <QDBusConnection>

namespace pli::ui {

Notifier *createDesktopNotifier(QSystemTrayIcon *icon, QObject *parent)
{
    Notifier *tray = icon ? new TrayNotifier(icon, parent) : nullptr;
    if (!QDBusConnection::sessionBus().isConnected())
        return tray;
    return new FreedesktopNotifier(tray, parent);
}

} // namespace pli::ui
