#include "ContactListModel.h"

#include "api/ListContactsJob.h"
#include "net/ApiClient.h"

#include <QCoreApplication>

namespace pli {

ContactListModel::ContactListModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    connect(&m_load, &ModelLoad::loadingChanged, this, &ContactListModel::loadingChanged);
    connect(&m_load, &ModelLoad::loaded, this, &ContactListModel::loaded);
    connect(&m_load, &ModelLoad::failed, this, &ContactListModel::failed);
}

void ContactListModel::reload()
{
    if (!m_api || isLoading())
        return;
    m_load.start(m_api->listContacts(), [this](ListContactsJob *job) {
        beginResetModel();
        m_contacts = job->contacts();
        endResetModel();
    });
}

int ContactListModel::rowOf(const QString &contactId) const
{
    for (qsizetype i = 0; i < m_contacts.size(); ++i)
        if (m_contacts.at(i).id == contactId)
            return int(i);
    return -1;
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? contact.displayName : contact.email;
    case IdRole:
        return contact.id;
    case EmailRole:
        return contact.email;
    case DisplayNameRole:
        return contact.displayName;
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return QCoreApplication::translate("pli::ContactListModel", "Name");
    if (section == EmailColumn)
        return QCoreApplication::translate("pli::ContactListModel", "E-mail address");
    return {};
}

} // namespace pli
