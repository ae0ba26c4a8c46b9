#include "ActivityDialog.h"

#include "models/ActivityModel.h"
#include "widgets/StatePane.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pli::ui {

namespace {

// Dates and times in the user's locale, with seconds, as the portal's history shows them.
class DateTimeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &) const override
    {
        if (value.typeId() == QMetaType::QDateTime)
            return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        return value.toString();
    }
};

} // namespace

ActivityDialog::ActivityDialog(ApiClient *api, const QString &conversationId, const QString &title,
                               QWidget *parent)
    : QDialog(parent)
    , m_model(new ActivityModel(api, conversationId, this))
    , m_table(new QTableView(this))
    , m_state(new StatePane(this))
    , m_stack(new QStackedLayout)
    , m_title(title)
{
    setObjectName(QStringLiteral("activityDialog"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_state->setObjectName(QStringLiteral("activityState"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ActivityModel::DateColumn, new DateTimeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::ActivityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Sorting is the server's: the header only tells the model which key and order.
    m_table->horizontalHeader()->setSortIndicator(ActivityModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    layout->addLayout(m_stack, 1);
    layout->addWidget(buttons);

    connect(m_model, &ActivityModel::loadingChanged, this, &ActivityDialog::updateState);
    connect(m_model, &ActivityModel::loaded, this, &ActivityDialog::updateState);
    connect(m_model, &ActivityModel::failed, this, &ActivityDialog::updateState);
    connect(m_state, &StatePane::retryRequested, m_model, &ActivityModel::reload);
    resize(620, 380);
    retranslate();
    // setSortingEnabled already asked for the first load (date, newest first).
    if (!m_model->isLoading() && !m_model->hasLoaded())
        m_model->reload();
    updateState();
}

void ActivityDialog::updateState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->isLoading())
        m_state->showLoading(tr("Loading the activity…"));
    else if (m_model->lastError().isError())
        m_state->showError(tr("The activity could not be loaded."), m_model->lastError().message());
    else
        m_state->showEmpty(tr("No activity recorded yet."));
    m_stack->setCurrentWidget(m_state);
}

void ActivityDialog::retranslate()
{
    //: Title of the activity history window; %1 is the conversation's title
    setWindowTitle(tr("Conversation activity – %1").arg(m_title));
    updateState();
    m_table->setAccessibleName(tr("Activity"));
    m_table->setAccessibleDescription(
        tr("Who created, opened and answered this conversation, and when"));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Close)
            ->setAccessibleDescription(tr("Close the activity history"));
}

void ActivityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pli::ui
