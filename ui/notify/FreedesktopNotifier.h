#pragma once

#include "Notifier.h"

#include <QHash>
#include <QList>
#include <QPointer>

class QDBusMessage;
class QDBusPendingCallWatcher;

namespace pli::ui {

// Notifications through the desktop's notification service, the freedesktop.org D-Bus API
// (org.freedesktop.Notifications: GNOME, KDE Plasma, Xfce, dunst…). Chosen over the tray's
// messages on Linux because each notification has its own click ("default" action), so a
// click opens the conversation it names, and because it needs no notification area (GNOME has
// none). Every call is asynchronous. The body is escaped where the service reads markup. When
// no service answers, `fallback` (the tray's messages, if any) shows the notification instead.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

    // Asks the service what it supports at once; `fallback` may be null.
    explicit FreedesktopNotifier(Notifier *fallback = nullptr, QObject *parent = nullptr);
    // The same API under another bus name (a test's own service).
    FreedesktopNotifier(const QString &service, Notifier *fallback, QObject *parent = nullptr);

    void show(const Notification &notification) override;
    // Notifications shown and not yet clicked or closed (diagnostics and tests).
    int openCount() const { return int(m_open.size()); }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void capabilitiesAnswered(QDBusPendingCallWatcher *call);
    void send(const Notification &notification);
    void notifyAnswered(QDBusPendingCallWatcher *call, const Notification &notification);
    void fallBack(const Notification &notification);

    QDBusMessage call(const QString &method) const;

    QString m_service;
    QPointer<Notifier> m_fallback;
    bool m_capabilitiesKnown = false;
    bool m_bodyMarkup = false;
    bool m_serviceMissing = false;
    QList<Notification> m_waiting; // until the capabilities are known
    QHash<uint, Notification> m_open;
};

} // namespace pli::ui
