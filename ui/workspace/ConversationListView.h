#pragma once

#include "Error.h"
#include "api/ConversationPageSize.h"

#include <QWidget>

class QStackedLayout;
class QTableView;
class QTimer;

namespace pli {
class ApiClient;
class ConversationTableModel;
} // namespace pli

namespace pli::ui {

class ConversationPresentationModel;
class PaginationBar;
class StatePane;

// One persona's conversation list as the portal shows it, with desktop manners: the table
// (check box, owner, title, activity "view", date modified), the pagination bar below, and a
// loading / empty / error pane in place of the table when there are no rows to show.
class ConversationListView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListView(QWidget *parent = nullptr);

    // Shows `personaId` of the account served by `api` (the model is replaced when the
    // account changes).
    void showPersona(ApiClient *api, const QString &accountKey, const QString &personaId,
                     const QString &personaEmail);
    QString accountKey() const { return m_accountKey; }
    QString personaId() const;

    void setPerPage(int perPage);
    int perPage() const { return m_perPage; }
    void setFilter(const QString &text);
    void reload();
    // Loads the current page again after a change the server announced (a live update), without
    // disturbing the person: rows stay on screen while it loads (no loading pane), and the page,
    // sort, filter, selection, current row and scroll position are kept. A burst of calls makes
    // one request.
    void refreshInPlace();
    // "Delete selection": the checked rows (or, when none is checked, the selected ones) after
    // a confirmation naming how many.
    void deleteSelection();
    int selectionCount() const;

Q_SIGNALS:
    void openConversationRequested(const QString &accountKey, const QString &conversationId);
    void activityRequested(const QString &conversationId, const QString &title);
    // Conversations were deleted or read: unread counts may have changed.
    void conversationsChanged();
    void selectionCountChanged(int count);
    void perPageChosen(int perPage);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ViewPosition
    {
        QStringList selectedIds;
        QString currentId;
        int currentColumn = 0;
        int scroll = 0;
    };
    void updateState();
    void retranslate();
    // Fits the owner column to the addresses shown, until the person sizes it by hand.
    void fitOwnerColumn();
    void rememberPosition();
    void restorePosition();
    void openRow(int row);
    QStringList idsToDelete() const;

    QStackedLayout *m_stack;
    QTableView *m_table;
    StatePane *m_state;
    PaginationBar *m_pagination;
    ConversationTableModel *m_model = nullptr;
    ConversationPresentationModel *m_presentation;
    ApiClient *m_api = nullptr;
    QString m_accountKey;
    QString m_personaEmail;
    int m_perPage = ConversationPageSize::standard;
    QString m_filter;
    QTimer *m_liveReload;
    bool m_ownerSizedByHand = false;
    bool m_fittingOwner = false;
    bool m_quiet = false; // the load in flight is a refreshInPlace()
    ViewPosition m_position;
};

} // namespace pli::ui
