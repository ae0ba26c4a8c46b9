#include "MessageNotifications.h"

#include "NotificationPreferences.h"
#include "Notifier.h"
#include "accounts/WorkspaceAccounts.h"
#include "models/PersonaListModel.h"

#include <QSet>

namespace pli::ui {

MessageNotifications::MessageNotifications(WorkspaceAccounts *accounts, Notifier *notifier,
                                           QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_notifier(notifier)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(DefaultGroupingDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &MessageNotifications::flush);
    connect(accounts, &WorkspaceAccounts::messageArrived, this, &MessageNotifications::arrived);
    // A signed-out account's messages waiting to be told are no longer anyone's business.
    connect(accounts, &WorkspaceAccounts::accountRemoved, this, [this](const QString &key) {
        m_batch.removeIf([&key](const auto &item) { return item.first == key; });
    });
}

void MessageNotifications::setReadingCheck(
    std::function<bool(const QString &, const QString &)> isReading)
{
    m_isReading = std::move(isReading);
}

void MessageNotifications::arrived(const QString &accountKey, const MessageArrival &arrival)
{
    if (!NotificationPreferences::enabled(accountKey))
        return;
    if (m_isReading && m_isReading(accountKey, arrival.conversationId))
        return;
    m_batch.append({accountKey, arrival});
    // The first arrival starts the wait; the others join it.
    if (!m_delay.isActive())
        m_delay.start();
}

void MessageNotifications::flush()
{
    const auto batch = std::exchange(m_batch, {});
    if (batch.isEmpty() || !m_notifier)
        return;
    m_notifier->show(describe(batch));
}

QString MessageNotifications::personaEmail(const QString &accountKey,
                                           const QString &personaId) const
{
    if (const PersonaListModel *personas = m_accounts->personas(accountKey))
        for (const Persona &persona : personas->personas())
            if (persona.id == personaId)
                return persona.email;
    return {};
}

Notification
MessageNotifications::describe(const QList<std::pair<QString, MessageArrival>> &batch) const
{
    Notification n;
    n.kind = Notification::Kind::Message;
    const auto &[firstAccount, first] = batch.constFirst();
    QSet<QString> conversations;
    QSet<QString> personas;
    QStringList titles;
    for (const auto &[account, arrival] : batch) {
        const QString conversation = account + u'\n' + arrival.conversationId;
        if (!conversations.contains(conversation)) {
            conversations.insert(conversation);
            titles.append(arrival.conversationTitle);
        }
        personas.insert(account + u'\n' + arrival.personaId);
    }
    // Where a click leads: what every arrival of the batch shares.
    if (personas.size() == 1) {
        n.accountKey = firstAccount;
        n.personaId = first.personaId;
    }
    if (conversations.size() == 1)
        n.conversationId = first.conversationId;

    if (batch.size() == 1) {
        const QString who = first.sender.label();
        if (who.isEmpty())
            n.summary = tr("New message");
        else if (first.startsConversation)
            //: desktop notification; %1 is the sender's name (or address)
            n.summary = tr("New conversation from %1").arg(who);
        else
            //: desktop notification; %1 is the sender's name (or address)
            n.summary = tr("New message from %1").arg(who);
        n.body =
            !first.conversationTitle.isEmpty()
                ? first.conversationTitle
                //: desktop notification from a server that does not say the title; %1 is
                //: the persona's e-mail address
                : tr("In a conversation of %1").arg(personaEmail(firstAccount, first.personaId));
        return n;
    }

    //: desktop notification for several messages at once, first part: "5 new messages"
    const QString messages = tr("%n new message(s)", nullptr, int(batch.size()));
    n.summary =
        conversations.size() == 1
            ? messages
            //: desktop notification: %1 is "5 new messages", then the number of
            //: conversations they arrived in
            : tr("%1 in %n conversation(s)", nullptr, int(conversations.size())).arg(messages);
    titles.removeAll(QString());
    const qsizetype more = titles.size() - MaxTitlesListed;
    if (more > 0) {
        titles = titles.first(MaxTitlesListed);
        //: desktop notification: after the first titles, how many conversations are not listed
        titles.append(tr("and %n more", nullptr, int(more)));
    }
    n.body = titles.join(u'\n');
    return n;
}

} // namespace pli::ui
