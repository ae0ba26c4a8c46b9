#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pli {

class ApiClient;
class ListContactsJob;

// The address book of one signed-in profile: name and e-mail address of each contact.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EmailRole,
        DisplayNameRole
    };
    Q_ENUM(Role)

    explicit ContactListModel(ApiClient *api, QObject *parent = nullptr);
    ~ContactListModel() override;

    void reload();
    QList<Contact> contacts() const { return m_contacts; }
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    Error lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    void onFinished(ListContactsJob *job);

    QPointer<ApiClient> m_api;
    QList<Contact> m_contacts;
    QPointer<ListContactsJob> m_job;
    Error m_error;
    bool m_loaded = false;
};

} // namespace pli
