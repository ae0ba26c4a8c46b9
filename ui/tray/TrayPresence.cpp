#include "TrayPresence.h"

#include "BackgroundQuestion.h"
#include "TrayIcon.h"
#include "TrayMenu.h"
#include "TrayStatus.h"
#include "notify/DesktopNotifier.h"
#include "notify/MessageNotifications.h"
#include "notify/Notifier.h"
#include "notify/TransferNotifications.h"
#include "widgets/BringToFront.h"
#include "workspace/MainWindow.h"

namespace pli::ui {

TrayPresence::TrayPresence(WorkspaceAccounts *accounts, MainWindow *window, Notifier *notifier,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_status(new TrayStatus(accounts, this))
    , m_icon(new TrayIcon(m_status, this))
    , m_notifier(notifier ? notifier : createDesktopNotifier(m_icon->systemTrayIcon(), this))
    , m_messages(new MessageNotifications(accounts, m_notifier, this))
    , m_transfers(new TransferNotifications(window->transfers(), m_notifier, this))
{
    m_messages->setReadingCheck([this](const QString &account, const QString &conversation) {
        return m_window && m_window->isReading(account, conversation);
    });
    m_transfers->setWindowHiddenCheck([this] { return m_window && m_window->isOutOfSight(); });
    if (m_notifier)
        connect(m_notifier, &Notifier::activated, this, &TrayPresence::open);

    connect(m_icon, &TrayIcon::openRequested, this, [this] { bringForward(); });
    TrayMenu *menu = m_icon->menu();
    connect(menu, &TrayMenu::openRequested, this, [this] { bringForward(); });
    connect(menu, &TrayMenu::personaRequested, this,
            [this](const QString &account, const QString &persona) {
                bringForward();
                m_window->showPersona(account, persona);
            });
    connect(menu, &TrayMenu::transfersRequested, this, [this] {
        bringForward();
        m_window->showTransfers();
    });
    connect(menu, &TrayMenu::quitRequested, this, &TrayPresence::quitRequested);

    window->setKeepRunningOnClose(
        [this] { return BackgroundQuestion::keepRunningOnClose(m_icon->isAvailable(), m_window); });
}

TrayPresence::~TrayPresence()
{
    if (m_window)
        m_window->setKeepRunningOnClose({});
}

void TrayPresence::setBringForward(std::function<void()> bringForward)
{
    m_bringForward = std::move(bringForward);
}

void TrayPresence::bringForward()
{
    if (m_bringForward)
        m_bringForward();
    else
        bringToFront(m_window);
}

void TrayPresence::open(const Notification &notification)
{
    if (!m_window)
        return;
    bringForward();
    if (!notification.conversationId.isEmpty())
        m_window->showConversation(notification.accountKey, notification.conversationId);
    else if (!notification.personaId.isEmpty())
        m_window->showPersona(notification.accountKey, notification.personaId);
    else if (notification.kind != Notification::Kind::Message)
        m_window->showTransfers();
}

} // namespace pli::ui
