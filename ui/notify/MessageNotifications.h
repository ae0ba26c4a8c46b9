#pragma once

#include "api/Types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace pli {
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

class Notifier;
struct Notification;

// Desktop notifications for the messages that arrive on every account (the live updates of
// WorkspaceAccounts): who wrote and in which conversation, never the message. Messages that
// arrive close together (within groupingDelay) make one notification, "5 new messages in 3
// conversations". Nothing is shown for an account whose notifications are off
// (NotificationPreferences), nor for the conversation the person is reading in the active
// window. A click on the notification leads to the conversation (for a group: the
// conversation, the persona's list or the window, whatever they all share).
class MessageNotifications : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultGroupingDelayMs = 1500;
    // More would make a notification taller than the screens it is meant for.
    static constexpr int MaxTitlesListed = 3;

    // `accounts` and `notifier` must outlive this object.
    MessageNotifications(WorkspaceAccounts *accounts, Notifier *notifier,
                         QObject *parent = nullptr);

    // Whether the person is reading a conversation now (on screen, in the active window).
    void setReadingCheck(
        std::function<bool(const QString &accountKey, const QString &conversationId)> isReading);
    void setGroupingDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

    // What a batch of arrivals (of one account each) becomes; the notifier gets it.
    Notification describe(const QList<std::pair<QString, MessageArrival>> &batch) const;

private:
    void arrived(const QString &accountKey, const MessageArrival &arrival);
    void flush();
    QString personaEmail(const QString &accountKey, const QString &personaId) const;

    WorkspaceAccounts *m_accounts;
    QPointer<Notifier> m_notifier;
    std::function<bool(const QString &, const QString &)> m_isReading;
    QList<std::pair<QString, MessageArrival>> m_batch;
    QTimer m_delay;
};

} // namespace pli::ui
