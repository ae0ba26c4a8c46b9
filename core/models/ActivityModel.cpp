#include "ActivityModel.h"

#include "api/ListActivityJob.h"
#include "net/ApiClient.h"

#include <QCoreApplication>

namespace pli {

ActivityModel::ActivityModel(ApiClient *api, const QString &conversationId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_conversationId(conversationId)
{
    connect(&m_load, &ModelLoad::loadingChanged, this, &ActivityModel::loadingChanged);
    connect(&m_load, &ModelLoad::loaded, this, &ActivityModel::loaded);
    connect(&m_load, &ModelLoad::failed, this, &ActivityModel::failed);
}

void ActivityModel::reload()
{
    if (!m_api)
        return;
    m_load.start(m_api->listActivity(m_conversationId, m_sort, m_order),
                 [this](ListActivityJob *job) {
                     beginResetModel();
                     m_entries = job->entries();
                     endResetModel();
                 });
}

QString ActivityModel::actionText(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Created:
        //: Activity history: what a person did in a conversation
        return QCoreApplication::translate("pli::ActivityModel", "Created the conversation");
    case ActivityAction::Posted:
        return QCoreApplication::translate("pli::ActivityModel", "Posted a message");
    case ActivityAction::Opened:
        return QCoreApplication::translate("pli::ActivityModel", "Opened a message");
    case ActivityAction::Downloaded:
        return QCoreApplication::translate("pli::ActivityModel", "Downloaded an attachment");
    case ActivityAction::Deleted:
        return QCoreApplication::translate("pli::ActivityModel", "Deleted the conversation");
    }
    return {};
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.actor.label();
        case ActivityColumn:
            return actionText(entry.action);
        case DateColumn:
            return entry.at;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return entry.actor.email;
        return {};
    case ActorEmailRole:
        return entry.actor.email;
    case ActorNameRole:
        return entry.actor.displayName;
    case ActionRole:
        return int(entry.action);
    case AtRole:
        return entry.at;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("pli::ActivityModel", "Name");
    case ActivityColumn:
        return QCoreApplication::translate("pli::ActivityModel", "Activity");
    case DateColumn:
        return QCoreApplication::translate("pli::ActivityModel", "Date");
    default:
        return {};
    }
}

void ActivityModel::sort(int column, Qt::SortOrder order)
{
    const ActivitySort key = column == NameColumn       ? ActivitySort::Name
                             : column == ActivityColumn ? ActivitySort::Activity
                                                        : ActivitySort::Date;
    const SortOrder newOrder =
        order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending;
    if (key == m_sort && newOrder == m_order && (hasLoaded() || isLoading()))
        return;
    m_sort = key;
    m_order = newOrder;
    reload();
}

} // namespace pli
