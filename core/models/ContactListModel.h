#pragma once

#include "Error.h"
#include "api/Types.h"
#include "models/ModelLoad.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pli {

class ApiClient;

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

    void reload();
    QList<Contact> contacts() const { return m_contacts; }
    // The row of a contact, -1 when not listed.
    int rowOf(const QString &contactId) const;
    Contact contact(int row) const { return m_contacts.value(row); }
    bool isLoading() const { return m_load.isLoading(); }
    bool hasLoaded() const { return m_load.hasLoaded(); }
    Error lastError() const { return m_load.lastError(); }

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
    QPointer<ApiClient> m_api;
    QList<Contact> m_contacts;
    ModelLoad m_load;
};

} // namespace pli
