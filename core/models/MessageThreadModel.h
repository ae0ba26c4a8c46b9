#pragma once

#include "Error.h"
#include "api/Types.h"
#include "models/ModelLoad.h"

#include <QAbstractListModel>
#include <QPointer>

namespace pli {

class ApiClient;

// The messages of one conversation, oldest first with the newest at the bottom, as the portal
// shows them: the five newest at first, then "show next N" (the next five older ones at most)
// or "show all N". Opening a message marks it opened on the server. Presentation (cards, left
// or right, highlighted expiry) is the view's business: the model exposes typed roles.
class MessageThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 5;

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SenderEmailRole,
        SenderNameRole,
        SenderOrganizationRole,
        MineRole,
        SentAtRole,    // QDateTime, UTC
        ExpiresAtRole, // QDateTime, UTC; invalid when the message never expires
        OpenedRole,
        ExpiredRole,
        BodyRole,
        AttachmentsRole, // QList<pli::Attachment>
        MessageRole,     // the whole pli::Message
    };
    Q_ENUM(Role)

    explicit MessageThreadModel(ApiClient *api, QObject *parent = nullptr);

    // Shows another conversation: clears the rows and loads its newest messages.
    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }
    // Loads the newest messages again (keeps as many rows as were shown).
    void reload();
    // Adds at the bottom the messages posted since the newest one shown (a live update), without
    // rebuilding the rows already there; falls back to reload() when too many arrived.
    void fetchNewer();

    int shownCount() const { return int(m_messages.size()); }
    int total() const { return m_total; }
    int remaining() const { return qMax(0, m_total - shownCount()); }
    // How many "show next" would add: PageSize at most.
    int nextCount() const { return qMin(PageSize, remaining()); }
    void showNext();
    void showAll();

    // Marks the message opened on the server; emits messageOpened when done, failed() when the
    // server refused (lastError() stays about loading the messages).
    void openMessage(int row);
    // Adds a message the participant just posted at the bottom.
    void appendMessage(const Message &message);

    Message message(int row) const { return m_messages.value(row); }
    int rowOf(const QString &messageId) const;
    bool isLoading() const { return m_load.isLoading(); }
    bool hasLoaded() const { return m_load.hasLoaded(); }
    // Why the messages could not be loaded (none after a successful load).
    Error lastError() const { return m_load.lastError(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Messages arrived (the first page, or older ones above); counts are current.
    void loaded();
    void failed(const pli::Error &error);
    void messageOpened(const QString &messageId);

private:
    enum class Fetch
    {
        Newest,
        Older,
        All,
        Newer
    };
    void fetch(Fetch kind, int limit);
    // Takes the messages that arrived; false when it asked for them all again instead.
    bool apply(const MessagePage &page, Fetch kind);
    bool appendNewer(const QList<Message> &newest);

    QPointer<ApiClient> m_api;
    QString m_conversationId;
    QList<Message> m_messages;
    int m_total = 0;
    ModelLoad m_load;
};

} // namespace pli
