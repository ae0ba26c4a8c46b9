#include "PersonaSidebar.h"

#include "SidebarDelegate.h"
#include "SidebarEntry.h"
#include "models/PersonaListModel.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace pli::ui {

using namespace SidebarEntry;

namespace {

QStandardItem *newItem(int kind, const QString &accountKey)
{
    auto *item = new QStandardItem;
    item->setEditable(false);
    item->setData(kind, KindRole);
    item->setData(accountKey, AccountKeyRole);
    return item;
}

} // namespace

PersonaSidebar::PersonaSidebar(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_help(newItem(Help, QString()))
{
    m_view->setObjectName(QStringLiteral("personaSidebarView"));
    m_model->setObjectName(QStringLiteral("personaSidebarModel"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SidebarDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setIconSize(QSize(20, 20));
    m_help->setIcon(Icons::icon(QStringLiteral("help")));
    m_model->appendRow(m_help);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumWidth(200);

    // Choosing follows the current item, so the keyboard arrows switch tabs as a click does.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emitChoice(current); });
    retranslate();
}

void PersonaSidebar::addAccount(const QString &accountKey, const QString &title,
                                PersonaListModel *personas)
{
    AccountEntry entry{accountKey, title, personas, newItem(Account, accountKey)};
    entry.item->setSelectable(false);
    entry.item->setText(title);
    entry.item->setToolTip(title);
    // Accounts before Help, in the order they were signed in.
    m_model->insertRow(m_model->rowCount() - 1, entry.item);
    m_accounts.append(entry);
    auto rebuild = [this, accountKey] {
        for (AccountEntry &e : m_accounts)
            if (e.key == accountKey)
                rebuildAccount(e);
    };
    connect(personas, &QAbstractItemModel::modelReset, this, rebuild);
    // A live unread count: the rows stay, only their badge and texts change.
    connect(personas, &QAbstractItemModel::dataChanged, this, [this, accountKey, rebuild] {
        for (AccountEntry &e : m_accounts)
            if (e.key == accountKey && !updateInPlace(e))
                rebuild();
    });
    connect(personas, &QAbstractItemModel::rowsInserted, this, rebuild);
    connect(personas, &QAbstractItemModel::rowsRemoved, this, rebuild);
    rebuildAccount(m_accounts.last());
}

void PersonaSidebar::removeAccount(const QString &accountKey)
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).key != accountKey)
            continue;
        if (m_accounts.at(i).personas)
            m_accounts.at(i).personas->disconnect(this);
        m_accounts.removeAt(i);
        // The caption, the personas and the address book: every row of the account. Quietly:
        // the rows going away choose nothing (the window chooses what shows next).
        m_rebuilding = true;
        for (int row = m_model->rowCount() - 1; row >= 0; --row)
            if (m_model->item(row)->data(AccountKeyRole).toString() == accountKey)
                m_model->removeRow(row);
        m_rebuilding = false;
        return;
    }
}

void PersonaSidebar::rebuildAccount(AccountEntry &entry)
{
    if (!entry.personas)
        return;
    // Keep the current tab across a rebuild (unread counts change after every read).
    const QModelIndex current = m_view->currentIndex();
    const int currentKind = current.data(KindRole).toInt();
    const QString currentAccount = current.data(AccountKeyRole).toString();
    const QString currentPersona = current.data(PersonaIdRole).toString();

    m_rebuilding = true;
    const int accountRow = entry.item->row();
    // Existing rows after the account's caption: its personas, then its address book.
    int row = accountRow + 1;
    while (row < m_model->rowCount() - 1 && m_model->item(row)->data(KindRole).toInt() != Account &&
           m_model->item(row)->data(AccountKeyRole).toString() == entry.key)
        m_model->removeRow(row);
    const QList<pli::Persona> personas = entry.personas->personas();
    for (const pli::Persona &persona : personas) {
        QStandardItem *item = newItem(Persona, entry.key);
        describePersona(item, persona);
        m_model->insertRow(row++, item);
    }
    QStandardItem *book = newItem(AddressBook, entry.key);
    book->setText(tr("Address book"));
    book->setIcon(Icons::icon(QStringLiteral("address-book")));
    m_model->insertRow(row, book);
    m_rebuilding = false;

    if (currentAccount == entry.key) {
        QStandardItem *again = findItem(currentKind, currentAccount, currentPersona);
        if (again) {
            QSignalBlocker block(m_view->selectionModel());
            m_view->setCurrentIndex(again->index());
        }
    }
}

void PersonaSidebar::describePersona(QStandardItem *item, const pli::Persona &persona) const
{
    item->setText(persona.email);
    item->setData(persona.id, PersonaIdRole);
    item->setData(persona.email, EmailRole);
    item->setData(persona.displayName, DisplayNameRole);
    item->setData(persona.unreadCount, UnreadRole);
    item->setIcon(Icons::icon(QStringLiteral("persona")));
    const QString unread = tr("%n unread conversation(s)", nullptr, persona.unreadCount);
    item->setToolTip(persona.displayName.isEmpty()
                         ? persona.email + QLatin1Char('\n') + unread
                         : persona.displayName + QStringLiteral(" <") + persona.email +
                               QStringLiteral(">\n") + unread);
    item->setData(persona.email + QStringLiteral(", ") + unread, Qt::AccessibleTextRole);
}

bool PersonaSidebar::updateInPlace(AccountEntry &entry)
{
    if (!entry.personas)
        return true;
    const QList<pli::Persona> personas = entry.personas->personas();
    const int first = entry.item->row() + 1;
    for (qsizetype i = 0; i < personas.size(); ++i) {
        QStandardItem *item = m_model->item(first + int(i));
        if (!item || item->data(KindRole).toInt() != Persona ||
            item->data(AccountKeyRole).toString() != entry.key ||
            item->data(PersonaIdRole).toString() != personas.at(i).id)
            return false;
    }
    QStandardItem *after = m_model->item(first + int(personas.size()));
    if (!after || after->data(KindRole).toInt() != AddressBook)
        return false;
    for (qsizetype i = 0; i < personas.size(); ++i)
        describePersona(m_model->item(first + int(i)), personas.at(i));
    return true;
}

QStandardItem *PersonaSidebar::findItem(int kind, const QString &accountKey,
                                        const QString &personaId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(KindRole).toInt() == kind &&
            item->data(AccountKeyRole).toString() == accountKey &&
            (kind != Persona || item->data(PersonaIdRole).toString() == personaId))
            return item;
    }
    return nullptr;
}

QStandardItem *PersonaSidebar::personaItem(const QString &accountKey,
                                           const QString &personaId) const
{
    return findItem(Persona, accountKey, personaId);
}

bool PersonaSidebar::selectPersona(const QString &accountKey, const QString &personaId)
{
    QStandardItem *item = personaItem(accountKey, personaId);
    if (!item)
        return false;
    m_view->setCurrentIndex(item->index());
    return true;
}

void PersonaSidebar::selectFirstPersona()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(KindRole).toInt() == Persona) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void PersonaSidebar::selectHelp()
{
    m_view->setCurrentIndex(m_help->index());
}

void PersonaSidebar::emitChoice(const QModelIndex &index)
{
    if (m_rebuilding || !index.isValid())
        return;
    switch (index.data(KindRole).toInt()) {
    case Persona:
        Q_EMIT personaChosen(index.data(AccountKeyRole).toString(),
                             index.data(PersonaIdRole).toString(),
                             index.data(EmailRole).toString());
        break;
    case AddressBook:
        Q_EMIT addressBookChosen(index.data(AccountKeyRole).toString());
        break;
    case Help:
        Q_EMIT helpChosen();
        break;
    default:
        break;
    }
}

void PersonaSidebar::retranslate()
{
    //: Sidebar entry opening the user guide
    m_help->setText(tr("Help"));
    for (AccountEntry &entry : m_accounts)
        rebuildAccount(entry);
    m_view->setAccessibleName(tr("Accounts and personas"));
    m_view->setAccessibleDescription(
        tr("Choose a persona to show its conversations, or the address book or help"));
}

void PersonaSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
