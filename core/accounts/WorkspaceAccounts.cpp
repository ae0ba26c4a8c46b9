#include "WorkspaceAccounts.h"

#include "models/PersonaListModel.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"

namespace pli {

WorkspaceAccounts::WorkspaceAccounts(QObject *parent)
    : QObject(parent)
{}

WorkspaceAccounts::~WorkspaceAccounts()
{
    // The streams belong to the callers and may outlive us.
    for (const Entry &entry : std::as_const(m_entries))
        if (entry.events)
            entry.events->disconnect(this);
}

void WorkspaceAccounts::add(const QString &accountKey, const QString &title, ApiClient *api,
                            EventStream *events)
{
    if (contains(accountKey))
        return;
    auto *personas = new PersonaListModel(api, this);
    m_entries.append({accountKey, title, api, personas, events, std::nullopt});
    if (events)
        follow(accountKey, events);
    Q_EMIT accountAdded(accountKey);
    personas->refresh();
}

void WorkspaceAccounts::follow(const QString &accountKey, EventStream *events)
{
    connect(events, &EventStream::personaUnreadChanged, this,
            [this, accountKey](const QString &personaId, int unreadCount) {
                if (PersonaListModel *model = personas(accountKey))
                    model->setUnreadCount(personaId, unreadCount);
                Q_EMIT personaUnreadChanged(accountKey, personaId, unreadCount);
            });
    const auto changed = [this, accountKey](const QString &conversationId,
                                            const QString &personaId) {
        Q_EMIT conversationChangedRemotely(accountKey, conversationId, personaId);
    };
    connect(events, &EventStream::messageCreated, this, changed);
    connect(events, &EventStream::conversationUpdated, this, changed);
    connect(events, &EventStream::messageArrived, this,
            [this, accountKey](const MessageArrival &arrival) {
                Q_EMIT messageArrived(accountKey, arrival);
            });
    connect(events, &EventStream::opened, this, [this, accountKey](bool resumed) {
        if (resumed)
            return;
        if (PersonaListModel *model = personas(accountKey))
            model->refresh();
        Q_EMIT updatesMissed(accountKey);
    });
}

void WorkspaceAccounts::remove(const QString &accountKey)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key != accountKey)
            continue;
        const Entry entry = m_entries.takeAt(i);
        // The stream may live on a moment (sign-out in progress): it must not reach us.
        if (entry.events)
            entry.events->disconnect(this);
        Q_EMIT accountRemoved(accountKey);
        entry.personas->deleteLater();
        return;
    }
}

bool WorkspaceAccounts::contains(const QString &accountKey) const
{
    return find(accountKey) != nullptr;
}

QStringList WorkspaceAccounts::keys() const
{
    QStringList out;
    for (const Entry &entry : m_entries)
        out.append(entry.key);
    return out;
}

QString WorkspaceAccounts::title(const QString &accountKey) const
{
    const Entry *entry = find(accountKey);
    return entry ? entry->title : QString();
}

ApiClient *WorkspaceAccounts::api(const QString &accountKey) const
{
    const Entry *entry = find(accountKey);
    return entry ? entry->api.data() : nullptr;
}

PersonaListModel *WorkspaceAccounts::personas(const QString &accountKey) const
{
    const Entry *entry = find(accountKey);
    return entry ? entry->personas : nullptr;
}

void WorkspaceAccounts::refreshPersonas()
{
    for (const Entry &entry : std::as_const(m_entries))
        entry.personas->refresh();
}

void WorkspaceAccounts::setStayingSignedIn(const QString &accountKey,
                                           const QList<ClientKind> &clients)
{
    for (Entry &entry : m_entries) {
        if (entry.key != accountKey || entry.stayingSignedIn == clients)
            continue;
        entry.stayingSignedIn = clients;
        Q_EMIT stayingSignedInChanged(accountKey);
    }
}

std::optional<QList<ClientKind>> WorkspaceAccounts::stayingSignedIn(const QString &accountKey) const
{
    const Entry *entry = find(accountKey);
    return entry ? entry->stayingSignedIn : std::nullopt;
}

const WorkspaceAccounts::Entry *WorkspaceAccounts::find(const QString &accountKey) const
{
    for (const Entry &entry : m_entries)
        if (entry.key == accountKey)
            return &entry;
    return nullptr;
}

} // namespace pli
