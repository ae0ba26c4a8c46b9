#include "FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNotify, "pli.notify", QtInfoMsg)

namespace pli::ui {

namespace {

const QString Interface = QStringLiteral("org.freedesktop.Notifications");
// The application's id (its .desktop file and icon, see cmake/PliPackaging.cmake).
const QString DesktopEntry = QStringLiteral("org.pli.Pli");
const QString IconName = QStringLiteral("pli");
const QString DefaultAction = QStringLiteral("default");
constexpr qsizetype MaxRemembered = 200;

QString category(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Message:
        return QStringLiteral("im.received");
    case Notification::Kind::TransferDone:
        return QStringLiteral("transfer.complete");
    case Notification::Kind::TransferFailed:
        return QStringLiteral("transfer.error");
    }
    return {};
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(Notifier *fallback, QObject *parent)
    : FreedesktopNotifier(QString::fromLatin1(Service), fallback, parent)
{}

FreedesktopNotifier::FreedesktopNotifier(const QString &service, Notifier *fallback,
                                         QObject *parent)
    : Notifier(parent)
    , m_service(service)
    , m_fallback(fallback)
{
    if (fallback)
        connect(fallback, &Notifier::activated, this, &Notifier::activated);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_capabilitiesKnown = true;
        m_serviceMissing = true;
        return;
    }
    const QString path = QString::fromLatin1(Path);
    bus.connect(service, path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
    auto *watcher =
        new QDBusPendingCallWatcher(bus.asyncCall(call(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            &FreedesktopNotifier::capabilitiesAnswered);
}

QDBusMessage FreedesktopNotifier::call(const QString &method) const
{
    return QDBusMessage::createMethodCall(m_service, QString::fromLatin1(Path), Interface, method);
}

void FreedesktopNotifier::capabilitiesAnswered(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    const QDBusPendingReply<QStringList> reply = *call;
    m_capabilitiesKnown = true;
    if (reply.isError()) {
        // No service on the bus (nor one it can start): the fallback shows everything.
        qCInfo(lcNotify).noquote() << "no desktop notification service:" << reply.error().name();
        m_serviceMissing = true;
    } else {
        m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
    }
    for (const Notification &waiting : std::exchange(m_waiting, {}))
        send(waiting);
}

void FreedesktopNotifier::show(const Notification &notification)
{
    if (!m_capabilitiesKnown) {
        m_waiting.append(notification);
        return;
    }
    send(notification);
}

void FreedesktopNotifier::send(const Notification &notification)
{
    if (m_serviceMissing) {
        fallBack(notification);
        return;
    }
    QDBusMessage message = call(QStringLiteral("Notify"));
    const QString body = m_bodyMarkup ? notification.body.toHtmlEscaped() : notification.body;
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), DesktopEntry},
        {QStringLiteral("category"), category(notification.kind)},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
    };
    message << QStringLiteral("Pli") << uint(0) << IconName << notification.summary
            << body
            //: the action of a desktop notification (where the desktop shows it as a button)
            << QStringList{DefaultAction, tr("Open")} << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *answered) {
                notifyAnswered(answered, notification);
            });
}

void FreedesktopNotifier::notifyAnswered(QDBusPendingCallWatcher *call,
                                         const Notification &notification)
{
    call->deleteLater();
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        qCInfo(lcNotify).noquote() << "the notification service refused:" << reply.error().name();
        fallBack(notification);
        return;
    }
    m_open.insert(reply.value(), notification);
    // Services that keep notifications in a list may never say they closed: keep the newest.
    while (m_open.size() > MaxRemembered)
        m_open.erase(std::min_element(m_open.keyBegin(), m_open.keyEnd()).base());
}

void FreedesktopNotifier::fallBack(const Notification &notification)
{
    if (m_fallback)
        m_fallback->show(notification);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The service broadcasts to every client: only our own notifications count.
    const auto it = m_open.constFind(id);
    if (it == m_open.cend() || action != DefaultAction)
        return;
    const Notification clicked = *it;
    m_open.erase(it);
    Q_EMIT activated(clicked);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    // 1: expired; it may still wait in the desktop's list of notifications, and be clicked.
    if (reason != 1)
        m_open.remove(id);
}

} // namespace pli::ui
