#include "AddressBookView.h"

#include "ContactForm.h"
#include "api/AddContactJob.h"
#include "api/DeleteContactJob.h"
#include "models/ContactListModel.h"
#include "net/ApiClient.h"
#include "widgets/Icons.h"
#include "widgets/StatePane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace pli::ui {

namespace {

// "Marie Unetelle <marie@example.org>", or the address alone when there is no name.
QString describe(const Contact &contact)
{
    return contact.displayName.isEmpty()
               ? contact.email
               : contact.displayName + QStringLiteral(" <") + contact.email + QLatin1Char('>');
}

} // namespace

AddressBookView::AddressBookView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_form(new ContactForm(this))
    , m_delete(new QPushButton(this))
    , m_stack(new QStackedLayout)
    , m_table(new QTableView(this))
    , m_state(new StatePane(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setContentsMargins(10, 8, 10, 8);
    m_delete->setObjectName(QStringLiteral("deleteContacts"));
    m_form->setObjectName(QStringLiteral("contactForm"));
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_state->setObjectName(QStringLiteral("contactState"));
    m_delete->setIcon(Icons::icon(QStringLiteral("delete")));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 10, 0);
    top->addWidget(m_heading, 1);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_form);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    layout->addLayout(m_stack, 1);
    connect(m_state, &StatePane::retryRequested, this, &AddressBookView::reload);
    connect(m_form, &ContactForm::submitted, this, &AddressBookView::addContact);
    connect(m_delete, &QPushButton::clicked, this, &AddressBookView::deleteSelection);
    retranslate();
    updateActions();
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
        connect(m_model, &ContactListModel::loaded, this, [this] {
            if (!m_selectAfterLoad.isEmpty())
                selectContact(std::exchange(m_selectAfterLoad, QString()));
            updateState();
        });
        connect(m_model, &ContactListModel::failed, this, &AddressBookView::updateState);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AddressBookView::updateActions);
        connect(m_model, &QAbstractItemModel::modelReset, this, &AddressBookView::updateActions);
    }
    if (accountKey != m_accountKey) {
        m_form->clear();
        m_form->setBusy(false);
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

QStringList AddressBookView::selectedIds() const
{
    QStringList ids;
    if (!m_model)
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(ContactListModel::IdRole).toString());
    return ids;
}

void AddressBookView::addContact(const QString &name, const QString &email)
{
    if (!m_api)
        return;
    m_form->setBusy(true);
    auto *job = m_api->addContact(email, name);
    connect(job, &Job::finished, this, [this, job, email, account = m_accountKey] {
        if (account != m_accountKey)
            return; // another account is shown now; its form was emptied
        m_form->setBusy(false);
        if (job->isSuccess()) {
            m_form->clear();
            m_form->nameEdit()->setFocus();
            m_selectAfterLoad = job->contact().id;
            reload();
            //: Status bar; %1 is the name and address of the contact
            Q_EMIT contactsChanged(
                tr("%1 was added to your address book.").arg(describe(job->contact())));
            return;
        }
        const Error error = job->error();
        const QString field = error.problem().value(QStringLiteral("field")).toString();
        if (error.code() == Error::Code::AlreadyExists)
            m_form->showError(tr("%1 is already in your address book.").arg(email),
                              ContactForm::Field::Email);
        else if (error.httpStatus() == 400 && field == u"email")
            m_form->showError(
                tr("The server does not accept “%1” as an e-mail address.").arg(email),
                ContactForm::Field::Email);
        else if (error.httpStatus() == 400 && field == u"display_name")
            m_form->showError(tr("The server does not accept this name: shorten it or remove "
                                 "its special characters."),
                              ContactForm::Field::Name);
        else
            m_form->showError(tr("The contact could not be added: %1").arg(error.message()),
                              ContactForm::Field::None);
    });
}

void AddressBookView::deleteSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_api || m_deletesRunning > 0)
        return;
    const int count = int(ids.size());
    QString question;
    QString details;
    if (count == 1) {
        //: %1 is the contact's name and address
        question = tr("Delete %1 from your address book?")
                       .arg(describe(m_model->contact(m_model->rowOf(ids.first()))));
    } else {
        question = tr("Delete %n contact(s) from your address book?", nullptr, count);
        // Names only (the address when there is none): one short line each.
        constexpr int shown = 5;
        QStringList names;
        for (const QString &id : ids.mid(0, shown)) {
            const Contact contact = m_model->contact(m_model->rowOf(id));
            names.append(QStringLiteral("• ") +
                         (contact.displayName.isEmpty() ? contact.email : contact.displayName));
        }
        details = names.join(u'\n');
        if (count > shown)
            details += u'\n' + tr("and %n more", nullptr, count - shown);
        details += QStringLiteral("\n\n");
    }
    details += tr("Your conversations with them are not affected.");
    QMessageBox confirm(QMessageBox::Question, tr("Delete contacts"), question, QMessageBox::Cancel,
                        this);
    confirm.setObjectName(QStringLiteral("deleteContactsConfirmation"));
    confirm.setInformativeText(details);
    QPushButton *remove =
        confirm.addButton(tr("Delete %n contact(s)", nullptr, count), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    deleteContacts(ids);
}

void AddressBookView::deleteContacts(const QStringList &ids)
{
    m_form->clearError();
    m_deletesRunning = int(ids.size());
    updateActions();
    struct Outcome
    {
        int deleted = 0;
        int failed = 0;
        Error lastError;
    };
    auto outcome = std::make_shared<Outcome>();
    for (const QString &id : ids) {
        auto *job = m_api->deleteContact(id);
        connect(job, &Job::finished, this, [this, job, outcome] {
            // Already gone (deleted elsewhere) is what was asked.
            if (job->isSuccess() || job->error().code() == Error::Code::NotFound) {
                ++outcome->deleted;
            } else {
                ++outcome->failed;
                outcome->lastError = job->error();
            }
            if (--m_deletesRunning > 0)
                return;
            reload();
            updateActions();
            if (outcome->failed > 0)
                m_form->showError(
                    tr("%n contact(s) could not be deleted: %1", nullptr, outcome->failed)
                        .arg(outcome->lastError.message()),
                    ContactForm::Field::None);
            if (outcome->deleted > 0)
                Q_EMIT contactsChanged(
                    tr("%n contact(s) deleted from your address book.", nullptr, outcome->deleted));
        });
    }
}

void AddressBookView::selectContact(const QString &contactId)
{
    const int row = m_model ? m_model->rowOf(contactId) : -1;
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void AddressBookView::updateActions()
{
    m_delete->setEnabled(m_deletesRunning == 0 && !selectedIds().isEmpty());
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
                           tr("To add someone, type their name and e-mail address above, then "
                              "choose Add contact."));
    m_stack->setCurrentWidget(m_state);
}

void AddressBookView::retranslate()
{
    m_heading->setText(m_accountTitle.isEmpty() ? tr("Address book")
                                                //: Heading of the address book; %1 is the account
                                                : tr("Address book – %1").arg(m_accountTitle));
    m_delete->setText(tr("Delete selected"));
    m_delete->setToolTip(tr("Delete the selected contacts (Delete)"));
    updateState();
    m_delete->setAccessibleDescription(m_delete->toolTip());
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setAccessibleDescription(tr("Delete removes the selected contacts"));
}

bool AddressBookView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AddressBookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
