#include "TransfersPanel.h"

#include "AccountTransfers.h"
#include "TransferDelegate.h"
#include "models/TransferListModel.h"
#include "widgets/PaletteColors.h"

#include <QConcatenateTablesProxyModel>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

namespace {
using State = TransferRecord::State;
}

TransfersPanel::TransfersPanel(AccountTransfers *transfers, QWidget *parent)
    : QWidget(parent)
    , m_all(new QConcatenateTablesProxyModel(this))
    , m_list(new QListView)
    , m_empty(new QLabel)
    , m_pause(new QPushButton)
    , m_resume(new QPushButton)
    , m_cancel(new QPushButton)
    , m_retry(new QPushButton)
    , m_showInFolder(new QPushButton)
    , m_clear(new QPushButton)
{
    m_list->setModel(m_all);
    m_list->setItemDelegate(new TransferDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_retry, m_showInFolder})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    const auto act = [this](bool (TransferListModel::*action)(int)) {
        if (auto [model, row] = current(); model)
            (model->*action)(row);
        updateButtons();
    };
    connect(m_pause, &QPushButton::clicked, this, [act] { act(&TransferListModel::pause); });
    connect(m_resume, &QPushButton::clicked, this, [act] { act(&TransferListModel::resume); });
    connect(m_cancel, &QPushButton::clicked, this, [act] { act(&TransferListModel::cancel); });
    connect(m_retry, &QPushButton::clicked, this, [act] { act(&TransferListModel::retry); });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        if (auto [model, row] = current(); model)
            QDesktopServices::openUrl(model->folderUrl(row));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (QAbstractItemModel *model : m_all->sourceModels())
            static_cast<TransferListModel *>(model)->clearFinished();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransfersPanel::updateButtons);
    connect(m_all, &QAbstractItemModel::dataChanged, this, &TransfersPanel::refreshState);
    connect(m_all, &QAbstractItemModel::rowsInserted, this, &TransfersPanel::refreshState);
    connect(m_all, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::refreshState);
    connect(m_all, &QAbstractItemModel::modelReset, this, &TransfersPanel::refreshState);

    for (TransferListModel *model : transfers->models())
        addModel(model);
    connect(transfers, &AccountTransfers::modelAdded, this, &TransfersPanel::addModel);
    connect(transfers, &AccountTransfers::modelRemoved, this,
            [this](TransferListModel *model) { m_all->removeSourceModel(model); });
    retranslate();
    refreshState();
}

void TransfersPanel::refreshState()
{
    updateButtons();
    updateSummary();
}

void TransfersPanel::addModel(TransferListModel *model)
{
    m_all->addSourceModel(model);
    refreshState();
}

void TransfersPanel::select(int row)
{
    m_list->setCurrentIndex(m_all->index(row, 0));
}

std::pair<TransferListModel *, int> TransfersPanel::current() const
{
    const QModelIndex source = m_all->mapToSource(m_list->currentIndex());
    auto *model =
        const_cast<TransferListModel *>(qobject_cast<const TransferListModel *>(source.model()));
    return {model, source.row()};
}

void TransfersPanel::updateButtons()
{
    const QModelIndex index = m_list->currentIndex();
    const auto can = [&](int role) { return index.isValid() && index.data(role).toBool(); };
    m_pause->setEnabled(can(TransferListModel::CanPauseRole));
    m_resume->setEnabled(can(TransferListModel::CanResumeRole));
    m_cancel->setEnabled(can(TransferListModel::CanCancelRole));
    m_retry->setEnabled(can(TransferListModel::CanRetryRole));
    m_showInFolder->setEnabled(index.isValid() &&
                               index.data(TransferListModel::StateRole).toInt() ==
                                   int(State::Completed));
    m_empty->setVisible(m_all->rowCount() == 0);
    m_list->setVisible(m_all->rowCount() > 0);
}

void TransfersPanel::updateSummary()
{
    int active = 0;
    qint64 done = 0;
    qint64 total = 0;
    for (int row = 0; row < m_all->rowCount(); ++row) {
        const QModelIndex index = m_all->index(row, 0);
        const auto state = State(index.data(TransferListModel::StateRole).toInt());
        if (state != State::Running && state != State::Queued)
            continue;
        ++active;
        done += index.data(TransferListModel::BytesDoneRole).toLongLong();
        total += qMax<qint64>(0, index.data(TransferListModel::BytesTotalRole).toLongLong());
    }
    const QString summary =
        active == 0 ? QString()
                    : tr("%n transfer(s) running", nullptr, active) + QStringLiteral(" – ") +
                          QLocale().toString(total > 0 ? double(done) * 100 / total : 0.0, 'f', 0) +
                          QStringLiteral(" %");
    if (summary != m_summary) {
        m_summary = summary;
        Q_EMIT summaryChanged(summary);
    }
}

QString TransfersPanel::summary() const
{
    return m_summary;
}

void TransfersPanel::retranslate()
{
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry"));
    m_showInFolder->setText(tr("Show in folder"));
    m_clear->setText(tr("Clear finished"));
    m_empty->setText(tr("No downloads or uploads yet."));
    m_summary.clear();
    updateSummary();
    m_list->viewport()->update();
    m_list->setAccessibleName(tr("Downloads and uploads"));
    m_list->setAccessibleDescription(tr("Each file with its progress and state"));
    m_pause->setAccessibleDescription(
        tr("Pause the selected transfer; it resumes where it stopped"));
    m_resume->setAccessibleDescription(tr("Continue the selected transfer where it stopped"));
    m_cancel->setAccessibleDescription(
        tr("Stop the selected transfer and remove its partial file"));
    m_retry->setAccessibleDescription(tr("Try the selected failed transfer again"));
    m_showInFolder->setAccessibleDescription(tr("Show the downloaded file in its folder"));
    m_clear->setAccessibleDescription(tr("Remove the finished transfers from this list"));
}

void TransfersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
