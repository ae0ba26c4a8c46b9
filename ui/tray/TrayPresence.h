#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace pli {
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

class MainWindow;
class MessageNotifications;
class Notifier;
class TransferNotifications;
class TrayIcon;
class TrayStatus;
struct Notification;

// Pli outside its window, once the workspace exists: the tray icon (unread badge, tooltip,
// menu), desktop notifications for new messages and for transfers that end while the window is
// out of sight, clicks on either leading into the window, and Pli staying in the tray when its
// window closes ("Keep running in the background", asked on the first close).
class TrayPresence : public QObject
{
    Q_OBJECT
public:
    // `notifier`: where notifications go; null: the desktop's (createDesktopNotifier). The
    // accounts, the window and a given notifier must outlive this object.
    TrayPresence(WorkspaceAccounts *accounts, MainWindow *window, Notifier *notifier = nullptr,
                 QObject *parent = nullptr);
    ~TrayPresence() override;

    TrayStatus *status() const { return m_status; }
    TrayIcon *icon() const { return m_icon; }
    MessageNotifications *messages() const { return m_messages; }

    // How a click (tray, menu, notification) brings Pli forward before showing what it is for;
    // called on each such click. Unset: bringToFront(window). ApplicationWindows passes its
    // bringForward, so that a sign-in window open on top of the workspace comes forward too.
    void setBringForward(std::function<void()> bringForward);

    // What a click on a notification leads to: the conversation, the persona's list, the
    // Transfers panel, or at least the window, brought to the front.
    void open(const Notification &notification);

Q_SIGNALS:
    // "Quit Pli" in the tray's menu.
    void quitRequested();

private:
    void bringForward();

    QPointer<MainWindow> m_window;
    std::function<void()> m_bringForward;
    TrayStatus *m_status;
    TrayIcon *m_icon;
    Notifier *m_notifier;
    MessageNotifications *m_messages;
    TransferNotifications *m_transfers;
};

} // namespace pli::ui
