#pragma once

#include "Error.h"

#include "api/Types.h"
#include "keychain/ClientKind.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace pli {

class ApiClient;
class EventStream;
class PersonaListModel;

// The accounts the workspace shows, each with its title, its connection, its personas (the
// unread badges) and its live updates. Routes every account's /events: badges change at once,
// and the signals below tell any listener (the workspace's list and thread, later the tray)
// what changed on the server, with the account it concerns. Removing an account disconnects
// its stream before anything else: a stream still running during a sign-out reaches nobody.
class WorkspaceAccounts : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceAccounts(QObject *parent = nullptr);
    ~WorkspaceAccounts() override;

    // Adds a signed-in account (ignored when `accountKey` is already there) and asks for its
    // personas. `api` and `events` stay owned by the caller and must outlive remove(); without
    // `events` nothing changes until refreshed by hand.
    void add(const QString &accountKey, const QString &title, ApiClient *api,
             EventStream *events = nullptr);
    void remove(const QString &accountKey);

    bool contains(const QString &accountKey) const;
    QStringList keys() const; // in the order they were added
    QString title(const QString &accountKey) const;
    // Null when the account is not there (or its connection is gone).
    ApiClient *api(const QString &accountKey) const;
    PersonaListModel *personas(const QString &accountKey) const;

    // Asks every account's personas (unread counts) again, e.g. after F5.
    void refreshPersonas();

    // Which programs of this computer stay signed in to the account (ClientKind::Desktop: this
    // one, across restarts; each program has its own sign-in), for the account menu. Set by
    // whoever signs accounts in; nullopt until then.
    void setStayingSignedIn(const QString &accountKey, const QList<ClientKind> &clients);
    std::optional<QList<ClientKind>> stayingSignedIn(const QString &accountKey) const;

Q_SIGNALS:
    // After add(): personas(accountKey) exists and is loading.
    void accountAdded(const QString &accountKey);
    // During remove(): the account is no longer listed; its personas model is deleted later.
    void accountRemoved(const QString &accountKey);

    // The live updates of one account, each emitted once per event received. The badge of
    // `personaId` already shows `unreadCount` when personaUnreadChanged() arrives.
    void personaUnreadChanged(const QString &accountKey, const QString &personaId, int unreadCount);
    // A conversation of `personaId` changed on the server (a new message, a read, a member's
    // change), possibly through this very client.
    void conversationChangedRemotely(const QString &accountKey, const QString &conversationId,
                                     const QString &personaId);
    // setStayingSignedIn() changed what the account menu says.
    void stayingSignedInChanged(const QString &accountKey);
    // A message arrived for one of the account's personas (after the badge changed): what the
    // desktop notifications show.
    void messageArrived(const QString &accountKey, const pli::MessageArrival &arrival);
    // The account's stream opened afresh: what changed before was not announced. The personas
    // are already asked again; listeners reload what they show of this account.
    void updatesMissed(const QString &accountKey);

private:
    struct Entry
    {
        QString key;
        QString title;
        QPointer<ApiClient> api;
        PersonaListModel *personas = nullptr;
        QPointer<EventStream> events;
        std::optional<QList<ClientKind>> stayingSignedIn;
    };
    const Entry *find(const QString &accountKey) const;
    void follow(const QString &accountKey, EventStream *events);

    QList<Entry> m_entries;
};

} // namespace pli
