#pragma once

#include "Error.h"
#include "api/Types.h"
#include "models/ModelLoad.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace pli {

class ApiClient;

// One persona's conversation list, one server page at a time (page, 10/20/30 per page, sort by
// date modified either way, server-side filter). Columns follow the portal: a check box for
// "Delete selection", owner, title, activity, date modified. Presentation (bold, red, icons) is
// the view's business: the model only exposes typed roles.
class ConversationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CheckColumn,
        OwnerColumn,
        TitleColumn,
        ActivityColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        OwnerEmailRole,
        OwnerNameRole,
        OwnerOrganizationRole,
        CreatedAtRole,  // QDateTime, UTC
        ModifiedAtRole, // QDateTime, UTC
        UnreadRole,
        IsNewRole,
        IsReadOnlyRole,
        MessageCountRole,
        SummaryRole, // the whole pli::ConversationSummary
    };
    Q_ENUM(Role)

    explicit ConversationTableModel(ApiClient *api, QObject *parent = nullptr);

    // Shows another persona's list from its first page (clears the rows at once).
    void setPersona(const QString &personaId);
    QString personaId() const { return m_personaId; }

    ConversationQuery query() const { return m_query; }
    void setPage(int page);
    void setPerPage(int perPage);        // a ConversationPageSize choice; back to page 1
    void setOrder(SortOrder order);      // by date modified; back to page 1
    void setFilter(const QString &text); // server-side `q`; back to page 1
    // Loads the current page again (after a change elsewhere, or F5).
    void reload();

    int page() const { return m_page.page; }
    int pages() const { return qMax(1, m_page.pages); }
    int total() const { return m_page.total; }
    bool isLoading() const { return m_load.isLoading(); }
    bool hasLoaded() const { return m_load.hasLoaded(); }
    Error lastError() const { return m_load.lastError(); }

    ConversationSummary summary(int row) const;
    QStringList checkedIds() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Only the date column sorts (server-side): the others are not offered by the portal.
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived (also an empty one); page()/pages()/total() are current.
    void loaded();
    void failed(const pli::Error &error);
    void checkedChanged();

private:
    void fetch();
    // Takes a page that arrived; false when it asked for another one instead.
    bool apply(const ConversationPage &page);

    QPointer<ApiClient> m_api;
    QString m_personaId;
    ConversationQuery m_query;
    ConversationPage m_page;
    QSet<QString> m_checked;
    ModelLoad m_load;
};

} // namespace pli
