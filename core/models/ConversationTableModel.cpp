#include "ConversationTableModel.h"

#include "api/ListConversationsJob.h"
#include "net/ApiClient.h"

#include <QCoreApplication>

namespace pli {

ConversationTableModel::ConversationTableModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    connect(&m_load, &ModelLoad::loadingChanged, this, &ConversationTableModel::loadingChanged);
    connect(&m_load, &ModelLoad::loaded, this, &ConversationTableModel::loaded);
    connect(&m_load, &ModelLoad::failed, this, &ConversationTableModel::failed);
}

void ConversationTableModel::setPersona(const QString &personaId)
{
    beginResetModel();
    m_personaId = personaId;
    m_query.page = 1;
    m_page = {};
    m_checked.clear();
    m_load.clear();
    endResetModel();
    Q_EMIT checkedChanged();
    fetch();
}

void ConversationTableModel::setPage(int page)
{
    m_query.page = qMax(1, page);
    fetch();
}

void ConversationTableModel::setPerPage(int perPage)
{
    if (!ConversationPageSize::isChoice(perPage))
        return;
    m_query.perPage = perPage;
    m_query.page = 1;
    fetch();
}

void ConversationTableModel::setOrder(SortOrder order)
{
    m_query.sort = ConversationSort::Modified;
    m_query.order = order;
    m_query.page = 1;
    fetch();
}

void ConversationTableModel::setFilter(const QString &text)
{
    if (text == m_query.q)
        return;
    m_query.q = text;
    m_query.page = 1;
    fetch();
}

void ConversationTableModel::reload()
{
    fetch();
}

void ConversationTableModel::fetch()
{
    if (m_personaId.isEmpty() || !m_api)
        return;
    // The newest request wins: an older answer arriving late must not replace it.
    m_load.start(m_api->listConversations(m_personaId, m_query),
                 [this](ListConversationsJob *job) { return apply(job->page()); });
}

bool ConversationTableModel::apply(const ConversationPage &page)
{
    // Past the last page (rows deleted elsewhere): show the last one instead.
    if (page.items.isEmpty() && page.pages > 0 && m_query.page > page.pages) {
        m_query.page = page.pages;
        fetch();
        return false;
    }
    beginResetModel();
    m_page = page;
    m_query.page = page.page;
    // Checks survive a reload of the same rows, not a change of page.
    QSet<QString> still;
    for (const ConversationSummary &item : std::as_const(m_page.items))
        if (m_checked.contains(item.id))
            still.insert(item.id);
    m_checked = still;
    endResetModel();
    Q_EMIT checkedChanged();
    return true;
}

ConversationSummary ConversationTableModel::summary(int row) const
{
    return m_page.items.value(row);
}

QStringList ConversationTableModel::checkedIds() const
{
    QStringList out;
    for (const ConversationSummary &item : m_page.items)
        if (m_checked.contains(item.id))
            out.append(item.id);
    return out;
}

void ConversationTableModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked)
        for (const ConversationSummary &item : std::as_const(m_page.items))
            m_checked.insert(item.id);
    if (!m_page.items.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int ConversationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.items.size());
}

int ConversationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &item = m_page.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OwnerColumn:
            return item.owner.email;
        case TitleColumn:
            return item.title;
        case ActivityColumn:
            //: The link that opens a conversation's activity history (the portal's "vue")
            return QCoreApplication::translate("pli::ConversationTableModel", "view");
        case ModifiedColumn:
            return item.modifiedAt;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == CheckColumn)
            return m_checked.contains(item.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return item.id;
    case TitleRole:
        return item.title;
    case OwnerEmailRole:
        return item.owner.email;
    case OwnerNameRole:
        return item.owner.displayName;
    case OwnerOrganizationRole:
        return item.owner.organization;
    case CreatedAtRole:
        return item.createdAt;
    case ModifiedAtRole:
        return item.modifiedAt;
    case UnreadRole:
        return item.unread;
    case IsNewRole:
        return item.isNew;
    case IsReadOnlyRole:
        return item.readOnly;
    case MessageCountRole:
        return item.messageCount;
    case SummaryRole:
        return QVariant::fromValue(item);
    default:
        return {};
    }
}

bool ConversationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != CheckColumn || role != Qt::CheckStateRole)
        return false;
    const QString id = m_page.items.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ConversationTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == CheckColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConversationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OwnerColumn:
        //: Column of the conversation list: who started the conversation (the portal's TITULAIRE)
        return QCoreApplication::translate("pli::ConversationTableModel", "Owner");
    case TitleColumn:
        return QCoreApplication::translate("pli::ConversationTableModel", "Title");
    case ActivityColumn:
        return QCoreApplication::translate("pli::ConversationTableModel", "Activity");
    case ModifiedColumn:
        return QCoreApplication::translate("pli::ConversationTableModel", "Date modified");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(OwnerEmailRole, "ownerEmail");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(OwnerOrganizationRole, "ownerOrganization");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ModifiedAtRole, "modifiedAt");
    names.insert(UnreadRole, "unread");
    names.insert(IsNewRole, "isNew");
    names.insert(IsReadOnlyRole, "readOnly");
    names.insert(MessageCountRole, "messageCount");
    return names;
}

void ConversationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != ModifiedColumn)
        return;
    setOrder(order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending);
}

} // namespace pli
