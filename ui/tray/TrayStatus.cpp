#include "TrayStatus.h"

#include "accounts/WorkspaceAccounts.h"
#include "api/Types.h"
#include "models/PersonaListModel.h"

namespace pli::ui {

TrayStatus::TrayStatus(WorkspaceAccounts *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(accounts, &WorkspaceAccounts::accountAdded, this, [this](const QString &key) {
        follow(key);
        Q_EMIT changed();
    });
    connect(accounts, &WorkspaceAccounts::accountRemoved, this, [this](const QString &key) {
        m_connections.remove(key);
        Q_EMIT changed();
    });
    for (const QString &key : accounts->keys())
        follow(key);
}

void TrayStatus::follow(const QString &accountKey)
{
    PersonaListModel *personas = m_accounts->personas(accountKey);
    if (!personas)
        return;
    // Live counts arrive as dataChanged (setUnreadCount), reloads as a reset.
    connect(personas, &QAbstractItemModel::dataChanged, this, &TrayStatus::changed);
    connect(personas, &QAbstractItemModel::modelReset, this, &TrayStatus::changed);
    connect(personas, &QAbstractItemModel::rowsInserted, this, &TrayStatus::changed);
    connect(personas, &QAbstractItemModel::rowsRemoved, this, &TrayStatus::changed);
}

QList<TrayStatus::Account> TrayStatus::accounts() const
{
    QList<Account> out;
    for (const QString &key : m_accounts->keys()) {
        Account account{key, m_accounts->title(key), connection(key), {}};
        if (const PersonaListModel *personas = m_accounts->personas(key))
            for (const pli::Persona &persona : personas->personas())
                account.personas.append({persona.id, persona.email, persona.unreadCount});
        out.append(account);
    }
    return out;
}

int TrayStatus::totalUnread() const
{
    int total = 0;
    for (const Account &account : accounts())
        for (const Persona &persona : account.personas)
            total += persona.unread;
    return total;
}

QString TrayStatus::toolTip() const
{
    const QList<Account> all = accounts();
    const int total = totalUnread();
    QStringList lines;
    lines.append(total == 0
                     //: tray icon tooltip, first line
                     ? tr("Pli: nothing unread")
                     //: tray icon tooltip, first line
                     : tr("Pli: %n unread conversation(s)", nullptr, total));
    for (const Account &account : all) {
        // One account with one persona: its address says more than the account's title.
        const bool captioned = all.size() > 1 || account.personas.size() != 1 ||
                               account.connection != Connection::Online;
        if (captioned)
            lines.append(caption(account));
        for (const Persona &persona : account.personas)
            //: tray tooltip: a persona's address and its number of unread conversations
            lines.append((captioned ? QStringLiteral("  ") : QString()) +
                         tr("%1: %2").arg(persona.email).arg(persona.unread));
    }
    return lines.join(u'\n');
}

QString TrayStatus::caption(const Account &account)
{
    switch (account.connection) {
    case Connection::Offline:
        //: tray tooltip and menu: the account's server cannot be reached; %1 is the account
        return tr("%1 (offline)").arg(account.title);
    case Connection::Connecting:
        //: tray tooltip and menu: the account is (re)connecting; %1 is the account
        return tr("%1 (connecting…)").arg(account.title);
    case Connection::Online:
        break;
    }
    return account.title;
}

void TrayStatus::setConnection(const QString &accountKey, Connection connection)
{
    if (!m_accounts->contains(accountKey) || this->connection(accountKey) == connection)
        return;
    m_connections.insert(accountKey, connection);
    Q_EMIT changed();
}

TrayStatus::Connection TrayStatus::connection(const QString &accountKey) const
{
    return m_connections.value(accountKey, Connection::Online);
}

} // namespace pli::ui
