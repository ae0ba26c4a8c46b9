#pragma once

#include "Notification.h"

#include <QObject>

namespace pli::ui {

// Where Pli's desktop notifications go: the desktop's notification service (D-Bus on Linux),
// the tray icon's balloons (Windows, macOS), or a test's recorder. The notifications to show
// are decided elsewhere (MessageNotifications, TransferNotifications).
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows `notification` now, without waiting for the desktop to answer. Where the desktop
    // shows one at a time, it replaces the previous one.
    virtual void show(const Notification &notification) = 0;

Q_SIGNALS:
    // The person clicked a notification this notifier showed: at most once for each, on the
    // event loop, possibly long after show().
    void activated(const pli::ui::Notification &notification);
};

} // namespace pli::ui
