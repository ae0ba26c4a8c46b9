#include "MessageThreadModel.h"

#include "api/ListMessagesJob.h"
#include "api/OpenMessageJob.h"
#include "net/ApiClient.h"

namespace pli {

namespace {
// The server serves at most this many messages per request.
constexpr int MaxLimit = 100;
} // namespace

MessageThreadModel::MessageThreadModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    connect(&m_load, &ModelLoad::loadingChanged, this, &MessageThreadModel::loadingChanged);
    connect(&m_load, &ModelLoad::loaded, this, &MessageThreadModel::loaded);
    connect(&m_load, &ModelLoad::failed, this, &MessageThreadModel::failed);
}

void MessageThreadModel::setConversation(const QString &conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_total = 0;
    m_load.clear();
    endResetModel();
    fetch(Fetch::Newest, PageSize);
}

void MessageThreadModel::reload()
{
    fetch(Fetch::Newest, qBound(PageSize, shownCount(), MaxLimit));
}

void MessageThreadModel::fetchNewer()
{
    // Something already running will bring the news too (or is about older messages: then the
    // event is dealt with by the next reload).
    if (!hasLoaded() || isLoading())
        return;
    fetch(Fetch::Newer, PageSize);
}

void MessageThreadModel::showNext()
{
    if (nextCount() > 0 && !isLoading())
        fetch(Fetch::Older, nextCount());
}

void MessageThreadModel::showAll()
{
    if (remaining() > 0 && !isLoading())
        fetch(Fetch::All, qMin(MaxLimit, remaining()));
}

void MessageThreadModel::fetch(Fetch kind, int limit)
{
    if (m_conversationId.isEmpty() || !m_api)
        return;
    const QString before = kind == Fetch::Newest || kind == Fetch::Newer || m_messages.isEmpty()
                               ? QString()
                               : m_messages.first().id;
    m_load.start(m_api->listMessages(m_conversationId, limit, before),
                 [this, kind](ListMessagesJob *job) { return apply(job->page(), kind); });
}

bool MessageThreadModel::apply(const MessagePage &page, Fetch kind)
{
    m_total = page.total;
    if (kind == Fetch::Newer) {
        if (!appendNewer(page.items)) { // more arrived than one page: load them all again
            fetch(Fetch::Newest, qBound(PageSize, shownCount() + PageSize, MaxLimit));
            return false;
        }
    } else if (kind == Fetch::Newest) {
        beginResetModel();
        m_messages = page.items;
        endResetModel();
    } else if (!page.items.isEmpty()) {
        beginInsertRows({}, 0, int(page.items.size()) - 1);
        m_messages = page.items + m_messages;
        endInsertRows();
    }
    // "Show all" may need several requests when more than MaxLimit remain.
    if (kind == Fetch::All && page.hasMore && remaining() > 0 && !page.items.isEmpty())
        fetch(Fetch::All, qMin(MaxLimit, remaining()));
    return true;
}

bool MessageThreadModel::appendNewer(const QList<Message> &newest)
{
    // The page must reach back to a message already shown, or some in between are missing.
    qsizetype known = -1;
    for (qsizetype i = newest.size() - 1; i >= 0 && known < 0; --i)
        if (rowOf(newest.at(i).id) >= 0)
            known = i;
    if (known < 0 && !m_messages.isEmpty())
        return false;
    const QList<Message> added = newest.mid(known + 1);
    if (added.isEmpty())
        return true;
    const int at = shownCount();
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_messages += added;
    endInsertRows();
    return true;
}

void MessageThreadModel::openMessage(int row)
{
    if (row < 0 || row >= shownCount() || !m_api)
        return;
    const QString id = m_messages.at(row).id;
    auto *job = m_api->openMessage(id);
    connect(job, &Job::finished, this, [this, id, job] {
        if (!job->isSuccess()) {
            Q_EMIT failed(job->error());
            return;
        }
        const int at = rowOf(id);
        if (at < 0)
            return;
        m_messages[at].opened = true;
        Q_EMIT dataChanged(index(at), index(at), {OpenedRole, MessageRole});
        Q_EMIT messageOpened(id);
    });
}

void MessageThreadModel::appendMessage(const Message &message)
{
    if (rowOf(message.id) >= 0)
        return;
    const int at = shownCount();
    beginInsertRows({}, at, at);
    m_messages.append(message);
    ++m_total;
    endInsertRows();
}

int MessageThreadModel::rowOf(const QString &messageId) const
{
    for (int i = 0; i < m_messages.size(); ++i)
        if (m_messages.at(i).id == messageId)
            return i;
    return -1;
}

int MessageThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownCount();
}

QVariant MessageThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.expired ? QString() : m.body;
    case Qt::ToolTipRole:
        return m.sender.email;
    case IdRole:
        return m.id;
    case SenderEmailRole:
        return m.sender.email;
    case SenderNameRole:
        return m.sender.label();
    case SenderOrganizationRole:
        return m.sender.organization;
    case MineRole:
        return m.mine;
    case SentAtRole:
        return m.sentAt;
    case ExpiresAtRole:
        return m.expiresAt.value_or(QDateTime());
    case OpenedRole:
        return m.opened;
    case ExpiredRole:
        return m.expired;
    case BodyRole:
        return m.body;
    case AttachmentsRole:
        return QVariant::fromValue(m.attachments);
    case MessageRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {SenderEmailRole, "senderEmail"},
                  {SenderNameRole, "senderName"},
                  {SenderOrganizationRole, "senderOrganization"},
                  {MineRole, "mine"},
                  {SentAtRole, "sentAt"},
                  {ExpiresAtRole, "expiresAt"},
                  {OpenedRole, "opened"},
                  {ExpiredRole, "expired"},
                  {BodyRole, "body"},
                  {AttachmentsRole, "attachments"},
                  {MessageRole, "message"}});
    return names;
}

} // namespace pli
