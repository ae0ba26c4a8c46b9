#include "ContactListModel.h"

#include "api/ListContactsJob.h"
#include "net/ApiClient.h"

#include <QCoreApplication>

namespace pli {

ContactListModel::ContactListModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

ContactListModel::~ContactListModel()
{
    if (m_job) {
        // Nothing of ours may run from the cancelled job while we are being destroyed.
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ContactListModel::reload()
{
    if (!m_api || m_job)
        return;
    m_job = m_api->listContacts();
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] { onFinished(job); });
    Q_EMIT loadingChanged(true);
}

void ContactListModel::onFinished(ListContactsJob *job)
{
    m_job = nullptr;
    Q_EMIT loadingChanged(false);
    if (!job->isSuccess()) {
        m_error = job->error();
        Q_EMIT failed(m_error);
        return;
    }
    m_error = {};
    beginResetModel();
    m_contacts = job->contacts();
    m_loaded = true;
    endResetModel();
    Q_EMIT loaded();
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

bool ContactListModel::isLoading() const
{
    return !m_job.isNull();
}

} // namespace pli
