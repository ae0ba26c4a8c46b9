#include "TrayIcon.h"

#include "TrayMenu.h"
#include "TrayStatus.h"
#include "UnreadBadge.h"
#include "widgets/Icons.h"

#include <QSystemTrayIcon>

namespace pli::ui {

TrayIcon::TrayIcon(TrayStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_menu(std::make_unique<TrayMenu>(status))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT openRequested();
                });
    }
    connect(status, &TrayStatus::changed, this, &TrayIcon::update);
    // The tooltip is text in the interface's language; the menu hears of a change (a window).
    connect(m_menu.get(), &TrayMenu::retranslated, this, &TrayIcon::update);
    update();
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    // Before the menu it shows goes.
    delete m_icon;
}

bool TrayIcon::isAvailable() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::update()
{
    if (!m_icon)
        return;
    m_icon->setIcon(UnreadBadge::icon(Icons::icon(QStringLiteral("pli")), m_status->totalUnread()));
    m_icon->setToolTip(m_status->toolTip());
}

} // namespace pli::ui
