#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace pli {
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

// What the tray icon says of the workspace: the total of unread conversations (the badge), a
// tooltip with each account's personas and their counts, and, for the menu, each account with
// its personas. Follows a WorkspaceAccounts, so the counts move with every account's live
// updates (/events). Each account also has a connection state, set from outside (today the
// state of its live updates; any later source of connection trouble sets it the same way),
// which the tooltip and the menu show.
class TrayStatus : public QObject
{
    Q_OBJECT
public:
    enum class Connection
    {
        Online,
        Connecting, // opening, or trying again after a drop
        Offline,
    };
    Q_ENUM(Connection)

    struct Persona
    {
        QString id;
        QString email;
        int unread = 0;
    };
    struct Account
    {
        QString key;
        QString title;
        Connection connection = Connection::Online;
        QList<Persona> personas;
    };

    // `accounts` must outlive this object.
    explicit TrayStatus(WorkspaceAccounts *accounts, QObject *parent = nullptr);

    // Every account in the workspace's order, with its personas as last loaded.
    QList<Account> accounts() const;
    int totalUnread() const;
    // Plain text, one line per account and per persona, short enough for Windows' 127
    // characters when there is one account with a couple of personas.
    QString toolTip() const;

    // The account's title, with its connection trouble if any: "… (offline)".
    static QString caption(const Account &account);

    // The per-account state hook; unknown accounts are ignored.
    void setConnection(const QString &accountKey, Connection connection);
    Connection connection(const QString &accountKey) const;

Q_SIGNALS:
    // Something the icon, the tooltip or the menu show changed.
    void changed();

private:
    void follow(const QString &accountKey);

    WorkspaceAccounts *m_accounts;
    QHash<QString, Connection> m_connections;
};

} // namespace pli::ui
