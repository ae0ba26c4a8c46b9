#pragma once

#include "Error.h"
#include "api/Types.h"
#include "models/ModelLoad.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pli {

class ApiClient;

// A conversation's activity history (who created, posted, opened, downloaded, deleted, and
// when), sorted on the server by name, activity or date, as the portal's "Activities" window.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ActivityColumn,
        DateColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ActorEmailRole = Qt::UserRole + 1,
        ActorNameRole,
        ActionRole, // int(pli::ActivityAction)
        AtRole,     // QDateTime, UTC
    };
    Q_ENUM(Role)

    ActivityModel(ApiClient *api, const QString &conversationId, QObject *parent = nullptr);

    void reload();
    ActivitySort sortKey() const { return m_sort; }
    SortOrder sortOrder() const { return m_order; }
    bool isLoading() const { return m_load.isLoading(); }
    bool hasLoaded() const { return m_load.hasLoaded(); }
    Error lastError() const { return m_load.lastError(); }
    static QString actionText(ActivityAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    QPointer<ApiClient> m_api;
    QString m_conversationId;
    ActivitySort m_sort = ActivitySort::Date;
    SortOrder m_order = SortOrder::Descending;
    QList<ActivityEntry> m_entries;
    ModelLoad m_load;
};

} // namespace pli
