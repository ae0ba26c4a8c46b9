#include "ConversationListView.h"

#include "ConversationPresentationModel.h"
#include "api/DeleteConversationsJob.h"
#include "models/ConversationTableModel.h"
#include "net/ApiClient.h"
#include "widgets/PaginationBar.h"
#include "widgets/StatePane.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pli::ui {

using Model = pli::ConversationTableModel;

ConversationListView::ConversationListView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout)
    , m_table(new QTableView(this))
    , m_state(new StatePane(this))
    , m_pagination(new PaginationBar(this))
    , m_presentation(new ConversationPresentationModel(this))
    , m_liveReload(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("conversationTable"));
    m_state->setObjectName(QStringLiteral("conversationState"));
    m_pagination->setObjectName(QStringLiteral("conversationPagination"));
    m_table->setModel(m_presentation);
    // Tab leaves the table (to the pagination, the toolbar): arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setIconSize(QSize(18, 18));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setTabKeyNavigation(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(28);
    m_table->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_pagination);

    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model)
            return;
        if (section == Model::ModifiedColumn) {
            m_quiet = false;
            const bool newestFirst = m_model->query().order == SortOrder::Descending;
            m_model->setOrder(newestFirst ? SortOrder::Ascending : SortOrder::Descending);
            m_presentation->refreshTexts();
        } else if (section == Model::CheckColumn) {
            const bool all =
                m_model->rowCount() > 0 && m_model->checkedIds().size() == m_model->rowCount();
            m_model->setAllChecked(!all);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != Model::CheckColumn && index.column() != Model::ActivityColumn)
            openRow(index.row());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == Model::ActivityColumn && m_model)
            Q_EMIT activityRequested(index.data(Model::IdRole).toString(),
                                     index.data(Model::TitleRole).toString());
    });
    connect(m_pagination, &PaginationBar::pageRequested, this, [this](int page) {
        m_quiet = false;
        if (m_model)
            m_model->setPage(page);
    });
    connect(m_pagination, &PaginationBar::perPageChanged, this, [this](int perPage) {
        setPerPage(perPage);
        Q_EMIT perPageChosen(perPage);
    });
    connect(m_state, &StatePane::retryRequested, this, &ConversationListView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionCountChanged(selectionCount()); });
    // A reload replaces every row: what the person had selected is put back by conversation id.
    connect(m_presentation, &QAbstractItemModel::modelAboutToBeReset, this,
            &ConversationListView::rememberPosition);
    connect(m_presentation, &QAbstractItemModel::modelReset, this,
            &ConversationListView::restorePosition);
    // Events come in bursts (message.created, persona.unread, conversation.updated).
    m_liveReload->setSingleShot(true);
    m_liveReload->setInterval(150);
    connect(m_liveReload, &QTimer::timeout, this, [this] {
        if (!m_model || m_model->personaId().isEmpty())
            return;
        if (m_model->isLoading() && !m_quiet) {
            // The person's own request may predate the event: ask again after it.
            m_liveReload->start();
            return;
        }
        m_quiet = true;
        m_model->reload();
    });
    updateState();
    m_pagination->setPosition(1, 1);
    retranslate();
}

void ConversationListView::showPersona(ApiClient *api, const QString &accountKey,
                                       const QString &personaId, const QString &personaEmail)
{
    if (!m_model || api != m_api) {
        delete m_model;
        m_api = api;
        m_model = new Model(api, this);
        m_presentation->setSourceModel(m_model);
        connect(m_model, &Model::loadingChanged, this, &ConversationListView::updateState);
        connect(m_model, &Model::loaded, this, &ConversationListView::updateState);
        connect(m_model, &Model::loaded, this, &ConversationListView::fitOwnerColumn);
        connect(m_model, &Model::failed, this, [this](const Error &error) {
            updateState();
            Q_EMIT errorOccurred(error.message());
        });
        connect(m_model, &Model::checkedChanged, this,
                [this] { Q_EMIT selectionCountChanged(selectionCount()); });
        // Column widths once a model gives the header its sections.
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(Model::CheckColumn, QHeaderView::Fixed);
        header->resizeSection(Model::CheckColumn, 32);
        header->setSectionResizeMode(Model::OwnerColumn, QHeaderView::Interactive);
        header->resizeSection(Model::OwnerColumn, 230);
        connect(header, &QHeaderView::sectionResized, this, [this](int section) {
            if (section == Model::OwnerColumn && !m_fittingOwner)
                m_ownerSizedByHand = true;
        });
        header->setSectionResizeMode(Model::TitleColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(Model::ActivityColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(Model::ModifiedColumn, QHeaderView::ResizeToContents);
    }
    m_quiet = false;
    m_liveReload->stop();
    m_accountKey = accountKey;
    m_personaEmail = personaEmail;
    m_model->setPerPage(m_perPage);
    m_model->setFilter(m_filter);
    m_model->setPersona(personaId);
    updateState();
}

void ConversationListView::fitOwnerColumn()
{
    if (m_ownerSizedByHand || m_model->rowCount() == 0)
        return;
    // Bold (new) rows are wider; a very long address is elided rather than squeezing the title.
    // (QTableView hides sizeHintForColumn(); QAbstractItemView's is public.)
    const QAbstractItemView *view = m_table;
    const int wanted = qBound(160, view->sizeHintForColumn(Model::OwnerColumn) + 12, 360);
    m_fittingOwner = true;
    m_table->horizontalHeader()->resizeSection(Model::OwnerColumn, wanted);
    m_fittingOwner = false;
}

QString ConversationListView::personaId() const
{
    return m_model ? m_model->personaId() : QString();
}

void ConversationListView::setPerPage(int perPage)
{
    m_perPage = perPage;
    m_quiet = false;
    m_pagination->setPerPage(perPage);
    if (m_model && m_model->query().perPage != perPage)
        m_model->setPerPage(perPage);
}

void ConversationListView::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    m_quiet = false;
    if (m_model)
        m_model->setFilter(m_filter);
}

void ConversationListView::reload()
{
    m_quiet = false;
    if (m_model) {
        m_model->reload();
        updateState();
    }
}

void ConversationListView::refreshInPlace()
{
    if (m_model && !m_model->personaId().isEmpty())
        m_liveReload->start();
}

void ConversationListView::rememberPosition()
{
    m_position = {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_position.selectedIds.append(index.data(Model::IdRole).toString());
    const QModelIndex current = m_table->currentIndex();
    m_position.currentId = current.data(Model::IdRole).toString();
    m_position.currentColumn = current.isValid() ? current.column() : 0;
    m_position.scroll = m_table->verticalScrollBar()->value();
}

void ConversationListView::restorePosition()
{
    if (!m_model)
        return;
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_presentation->rowCount(); ++row) {
        const QString id = m_presentation->index(row, 0).data(Model::IdRole).toString();
        if (m_position.selectedIds.contains(id))
            selection.select(m_presentation->index(row, 0),
                             m_presentation->index(row, Model::ColumnCount - 1));
        if (!m_position.currentId.isEmpty() && id == m_position.currentId)
            current = m_presentation->index(row, m_position.currentColumn);
    }
    QItemSelectionModel *selected = m_table->selectionModel();
    if (current.isValid())
        selected->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        selected->select(selection, QItemSelectionModel::ClearAndSelect);
    // Same page reloaded in place: the rows stay where the person left them.
    if (m_quiet)
        m_table->verticalScrollBar()->setValue(m_position.scroll);
    Q_EMIT selectionCountChanged(selectionCount());
}

void ConversationListView::updateState()
{
    if (!m_model || m_model->personaId().isEmpty()) {
        m_state->showEmpty(tr("Choose an e-mail address on the left to see its conversations."));
        m_stack->setCurrentWidget(m_state);
        return;
    }
    if (m_quiet) {
        if (m_model->isLoading())
            return; // a live reload: what is on screen stays until the answer
        m_quiet = false;
    }
    m_pagination->setBusy(m_model->isLoading());
    m_pagination->setPosition(m_model->page(), m_model->pages());
    m_presentation->refreshTexts();
    if (m_model->rowCount() > 0) {
        // Rows stay visible while the next page loads: the bar's buttons wait meanwhile.
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->isLoading())
        m_state->showLoading(tr("Loading the conversations…"));
    else if (m_model->lastError().isError())
        m_state->showError(tr("The conversations could not be loaded."),
                           m_model->lastError().message());
    else if (!m_model->query().q.isEmpty())
        m_state->showEmpty(tr("No conversation matches “%1”.").arg(m_model->query().q),
                           tr("Clear the filter to see every conversation."));
    else
        m_state->showEmpty(tr("No conversations for %1 yet.").arg(m_personaEmail),
                           tr("When a collaborator sends you a secure message, its "
                              "conversation appears here."));
    m_stack->setCurrentWidget(m_state);
}

void ConversationListView::openRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    Q_EMIT openConversationRequested(m_accountKey, m_model->summary(row).id);
}

QStringList ConversationListView::idsToDelete() const
{
    if (!m_model)
        return {};
    QStringList ids = m_model->checkedIds();
    if (ids.isEmpty()) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            ids.append(index.data(Model::IdRole).toString());
    }
    return ids;
}

int ConversationListView::selectionCount() const
{
    return int(idsToDelete().size());
}

void ConversationListView::deleteSelection()
{
    const QStringList ids = idsToDelete();
    if (!m_model || ids.isEmpty() || !m_api)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Delete selection"),
                        tr("Delete %n conversation(s) from your list?", nullptr, int(ids.size())),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Only your list changes: the other members keep the "
                                  "conversation. This cannot be undone."));
    QPushButton *remove = confirm.addButton(
        tr("Delete %n conversation(s)", nullptr, int(ids.size())), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.setObjectName(QStringLiteral("deleteConfirmation"));
    confirm.exec();
    if (confirm.clickedButton() != reinterpret_cast<QAbstractButton *>(remove))
        return;
    auto *job = m_api->deleteConversations(m_model->personaId(), ids);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->isSuccess())
            Q_EMIT errorOccurred(
                tr("The conversations could not be deleted: %1").arg(job->error().message()));
        reload();
        Q_EMIT conversationsChanged();
    });
}

bool ConversationListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_table->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_Space && m_model && m_table->currentIndex().isValid()) {
            const QModelIndex check =
                m_model->index(m_table->currentIndex().row(), Model::CheckColumn);
            const bool checked =
                check.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_model->setData(check, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListView::retranslate()
{
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setAccessibleDescription(
        tr("Enter opens the conversation, Space ticks it, Delete removes the ticked ones"));
}

void ConversationListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_presentation->refreshTexts();
        updateState();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pli::ui
