#include "AddressBookView.h"

#include "models/ContactListModel.h"
#include "widgets/StatePane.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace pli::ui {

AddressBookView::AddressBookView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_table(new QTableView(this))
    , m_state(new StatePane(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setContentsMargins(10, 8, 10, 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    layout->addLayout(m_stack, 1);
    connect(m_state, &StatePane::retryRequested, this, &AddressBookView::reload);
    retranslate();
}

void AddressBookView::showAccount(ApiClient *api, const QString &accountKey,
                                  const QString &accountTitle)
{
    if (!m_model || api != m_api) {
        delete m_model;
        m_api = api;
        m_model = new ContactListModel(api, this);
        m_table->setModel(m_model);
        m_table->horizontalHeader()->resizeSection(ContactListModel::NameColumn, 260);
        connect(m_model, &ContactListModel::loadingChanged, this, &AddressBookView::updateState);
        connect(m_model, &ContactListModel::loaded, this, &AddressBookView::updateState);
        connect(m_model, &ContactListModel::failed, this, &AddressBookView::updateState);
    }
    m_accountKey = accountKey;
    m_accountTitle = accountTitle;
    retranslate();
    reload();
}

void AddressBookView::reload()
{
    if (m_model)
        m_model->reload();
    updateState();
}

void AddressBookView::updateState()
{
    if (m_model && m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_model || m_model->isLoading())
        m_state->showLoading(tr("Loading the address book…"));
    else if (m_model->lastError().isError())
        m_state->showError(tr("The address book could not be loaded."),
                           m_model->lastError().message());
    else
        m_state->showEmpty(tr("Your address book is empty."),
                           tr("The people you correspond with appear here."));
    m_stack->setCurrentWidget(m_state);
}

void AddressBookView::retranslate()
{
    m_heading->setText(m_accountTitle.isEmpty() ? tr("Address book")
                                                //: Heading of the address book; %1 is the account
                                                : tr("Address book – %1").arg(m_accountTitle));
    updateState();
}

void AddressBookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
