#include "TrayNotifier.h"

#include <QSystemTrayIcon>

namespace pli::ui {

namespace {
constexpr int ShownForMs = 10000;
} // namespace

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : Notifier(parent)
    , m_icon(icon)
{
    connect(icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (const auto clicked = std::exchange(m_last, std::nullopt))
            Q_EMIT activated(*clicked);
    });
}

void TrayNotifier::show(const Notification &notification)
{
    if (!m_icon)
        return;
    m_last = notification;
    const auto icon = notification.kind == Notification::Kind::TransferFailed
                          ? QSystemTrayIcon::Warning
                          : QSystemTrayIcon::Information;
    m_icon->showMessage(notification.summary, notification.body, icon, ShownForMs);
}

} // namespace pli::ui
