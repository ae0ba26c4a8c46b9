#include "MainWindow.h"

#include "AccountMenu.h"
#include "ActivityDialog.h"
#include "AddressBookView.h"
#include "ConversationListView.h"
#include "HelpView.h"
#include "PersonaSidebar.h"
#include "SettingsDialog.h"
#include "accounts/WorkspaceAccounts.h"
#include "api/ConversationPageSize.h"
#include "conversation/ConversationView.h"
#include "models/MessageThreadModel.h"
#include "models/PersonaListModel.h"
#include "transfers/AccountTransfers.h"
#include "transfers/TransfersDock.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace pli::ui {

MainWindow::MainWindow(WorkspaceAccounts *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_sidebar(new PersonaSidebar)
    , m_pages(new QStackedWidget)
    , m_conversations(new ConversationListView)
    , m_addressBook(new AddressBookView)
    , m_help(new HelpView)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filterDelay(new QTimer(this))
    , m_accountMenu(new AccountMenu(accounts, this))
    , m_language(QLocale())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sidebar->setObjectName(QStringLiteral("personaSidebar"));
    m_pages->setObjectName(QStringLiteral("workspacePages"));
    m_conversations->setObjectName(QStringLiteral("conversationList"));
    m_addressBook->setObjectName(QStringLiteral("addressBook"));
    m_help->setObjectName(QStringLiteral("help"));
    setWindowIcon(Icons::icon(QStringLiteral("pli")));
    m_pages->addWidget(m_conversations);
    m_pages->addWidget(m_addressBook);
    m_pages->addWidget(m_help);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Wider with a larger system font (up to 200%), so the personas' addresses still fit.
    const int em = fontMetrics().averageCharWidth();
    m_splitter->setSizes({qMax(260, 30 * em), 740});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    buildToolbar();
    statusBar()->setSizeGripEnabled(true);

    connect(m_sidebar, &PersonaSidebar::personaChosen, this,
            [this](const QString &account, const QString &persona, const QString &email) {
                ApiClient *api = m_accounts->api(account);
                if (!api || !leaveThread())
                    return;
                m_currentAccount = account;
                m_pages->setCurrentWidget(m_conversations);
                m_conversations->showPersona(api, account, persona, email);
                rebuildAccountMenu();
                updateActions();
            });
    connect(m_sidebar, &PersonaSidebar::addressBookChosen, this, [this](const QString &account) {
        ApiClient *api = m_accounts->api(account);
        if (!api || !leaveThread())
            return;
        m_currentAccount = account;
        m_pages->setCurrentWidget(m_addressBook);
        m_addressBook->showAccount(api, account, m_accounts->title(account));
        rebuildAccountMenu();
        updateActions();
    });
    connect(m_sidebar, &PersonaSidebar::helpChosen, this, [this] {
        if (!leaveThread())
            return;
        m_pages->setCurrentWidget(m_help);
        updateActions();
    });
    connect(m_conversations, &ConversationListView::openConversationRequested, this,
            &MainWindow::openConversationRequested);
    connect(m_conversations, &ConversationListView::activityRequested, this,
            &MainWindow::showActivity);
    connect(m_conversations, &ConversationListView::selectionCountChanged, this,
            &MainWindow::updateActions);
    connect(m_conversations, &ConversationListView::conversationsChanged, m_accounts,
            &WorkspaceAccounts::refreshPersonas);
    connect(m_conversations, &ConversationListView::perPageChosen, this,
            [this] { saveSettings(); });
    connect(m_addressBook, &AddressBookView::contactsChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_conversations, &ConversationListView::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    buildThreadPage();
    restoreSettings();
    retranslate();
    followAccounts();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildThreadPage()
{
    // The conversation thread (ui/conversation) in the central stack, Back returning to the
    // list; downloads and uploads in the transfers dock, its summary in the status bar.
    auto *transfers = new AccountTransfers(this);
    m_transfers = transfers;
    m_thread = new ConversationView;
    m_thread->setObjectName(QStringLiteral("conversationView"));
    m_pages->addWidget(m_thread);
    connect(this, &MainWindow::openConversationRequested, this,
            [this, transfers](const QString &account, const QString &conversationId) {
                ApiClient *api = m_accounts->api(account);
                if (!api || !leaveThread())
                    return;
                m_threadAccount = account;
                m_thread->open(api, transfers->forAccount(account, api), conversationId);
                m_pages->setCurrentWidget(m_thread);
                updateActions();
            });
    connect(m_thread, &ConversationView::backRequested, this, [this] {
        m_pages->setCurrentWidget(m_conversations);
        refresh();
    });
    connect(m_thread, &ConversationView::unreadChanged, this, &MainWindow::refresh);
    auto *dock = new TransfersDock(transfers, this);
    m_transfersDock = dock;
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    statusBar()->addPermanentWidget(dock->statusButton());
}

void MainWindow::followAccounts()
{
    connect(m_accounts, &WorkspaceAccounts::accountAdded, this, &MainWindow::onAccountAdded);
    connect(m_accounts, &WorkspaceAccounts::accountRemoved, this, &MainWindow::onAccountRemoved);
    // A read elsewhere only says so through the count: the list's bold rows follow it too.
    connect(m_accounts, &WorkspaceAccounts::personaUnreadChanged, this,
            [this](const QString &account, const QString &persona) {
                onPersonaChanged(account, persona);
            });
    // A message posted elsewhere (or by this very client: then nothing is added twice).
    connect(m_accounts, &WorkspaceAccounts::conversationChangedRemotely, this,
            [this](const QString &account, const QString &conversationId, const QString &persona) {
                onPersonaChanged(account, persona);
                if (account == m_threadAccount && m_thread->conversationId() == conversationId)
                    m_thread->thread()->fetchNewer();
            });
    connect(m_accounts, &WorkspaceAccounts::updatesMissed, this, [this](const QString &account) {
        if (m_conversations->accountKey() == account)
            m_conversations->refreshInPlace();
    });
    for (const QString &key : m_accounts->keys())
        onAccountAdded(key);
}

void MainWindow::onPersonaChanged(const QString &accountKey, const QString &personaId)
{
    if (m_conversations->accountKey() == accountKey && m_conversations->personaId() == personaId)
        m_conversations->refreshInPlace();
}

bool MainWindow::leaveThread()
{
    if (m_pages->currentWidget() != m_thread || m_thread->confirmLeave())
        return true;
    // Kept writing: the sidebar goes back to the persona whose conversation is on screen.
    const QSignalBlocker quiet(m_sidebar);
    m_sidebar->selectPersona(m_conversations->accountKey(), m_conversations->personaId());
    return false;
}

void MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));

    m_delete = toolbar->addAction(Icons::icon(QStringLiteral("delete")), QString());
    m_delete->setObjectName(QStringLiteral("deleteSelectionAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, m_conversations, &ConversationListView::deleteSelection);
    m_refresh = toolbar->addAction(Icons::icon(QStringLiteral("refresh")), QString());
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    toolbar->addSeparator();

    m_filter = new QLineEdit(toolbar);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(qMax(320, 40 * fontMetrics().averageCharWidth()));
    m_filter->setMinimumWidth(qMax(180, 22 * fontMetrics().averageCharWidth()));
    toolbar->addWidget(m_filter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);
    // The server filters: wait for a pause in typing rather than ask at every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(350);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_conversations->setFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_conversations->setFilter(m_filter->text());
    });

    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_accountButton = new QToolButton(toolbar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setIcon(Icons::icon(QStringLiteral("account")));
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setMenu(m_accountMenu);
    connect(m_accountMenu, &AccountMenu::opening, this, &MainWindow::accountMenuOpening);
    connect(m_accountMenu, &AccountMenu::addAccountRequested, this,
            &MainWindow::addAccountRequested);
    connect(m_accountMenu, &AccountMenu::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_accountMenu, &AccountMenu::languageChosen, this, &MainWindow::languageChosen);
    connect(m_accountMenu, &AccountMenu::settingsRequested, this, &MainWindow::showSettings);
    toolbar->addWidget(m_accountButton);
}

void MainWindow::onAccountAdded(const QString &accountKey)
{
    PersonaListModel *personas = m_accounts->personas(accountKey);
    const QString title = m_accounts->title(accountKey);
    m_sidebar->addAccount(accountKey, title, personas);
    // The first account's first persona opens by itself, as the portal's first tab.
    const auto openFirst = [this, accountKey] {
        if (m_currentAccount.isEmpty() || m_currentAccount == accountKey) {
            // Not over the help or a conversation already on screen (a link's).
            if (m_conversations->personaId().isEmpty() && m_pages->currentWidget() != m_help &&
                m_pages->currentWidget() != m_thread)
                m_sidebar->selectFirstPersona();
        }
    };
    connect(personas, &PersonaListModel::loaded, this, openFirst);
    connect(personas, &PersonaListModel::failed, this, [this, title](const Error &error) {
        statusBar()->showMessage(tr("%1: %2").arg(title, error.message()), 10000);
    });
    if (m_currentAccount.isEmpty())
        m_currentAccount = accountKey;
    if (personas->hasLoaded())
        openFirst();
    rebuildAccountMenu();
}

void MainWindow::onAccountRemoved(const QString &accountKey)
{
    m_sidebar->removeAccount(accountKey);
    if (m_conversations->accountKey() == accountKey)
        m_conversations->showPersona(nullptr, QString(), QString(), QString());
    if (m_currentAccount == accountKey) {
        const QStringList keys = m_accounts->keys();
        m_currentAccount = keys.isEmpty() ? QString() : keys.first();
        m_sidebar->selectFirstPersona();
    }
    rebuildAccountMenu();
    updateActions();
}

void MainWindow::refresh()
{
    if (m_pages->currentWidget() == m_conversations)
        m_conversations->reload();
    else if (m_pages->currentWidget() == m_addressBook)
        m_addressBook->reload();
    m_accounts->refreshPersonas();
}

void MainWindow::showConversation(const QString &accountKey, const QString &personaId,
                                  const QString &conversationId)
{
    if (!m_accounts->api(accountKey) || !leaveThread())
        return;
    Q_EMIT openConversationRequested(accountKey, conversationId);
    if (!personaId.isEmpty())
        showPersonaBehind(accountKey, personaId);
}

void MainWindow::showPersonaBehind(const QString &accountKey, const QString &personaId)
{
    PersonaListModel *personas = m_accounts->personas(accountKey);
    const int row = personas ? personas->rowOf(personaId) : -1;
    if (row < 0) {
        // An account signed in a moment ago: its tabs come with its personas.
        if (personas && !personas->hasLoaded())
            connect(
                personas, &PersonaListModel::loaded, this,
                [this, accountKey, personaId] { showPersonaBehind(accountKey, personaId); },
                Qt::SingleShotConnection);
        return;
    }
    // The persona's tab and list, behind the conversation (which stays on screen).
    const QSignalBlocker quiet(m_sidebar);
    m_sidebar->selectPersona(accountKey, personaId);
    m_currentAccount = accountKey;
    m_conversations->showPersona(
        m_accounts->api(accountKey), accountKey, personaId,
        personas->index(row, 0).data(PersonaListModel::EmailRole).toString());
    rebuildAccountMenu();
    updateActions();
}

void MainWindow::setLanguage(const QLocale &language)
{
    m_language = language;
    m_accountMenu->setLanguage(language);
}

void MainWindow::showConversation(const QString &accountKey, const QString &conversationId)
{
    // As a link does: a draft being written is asked about first.
    showConversation(accountKey, QString(), conversationId);
}

void MainWindow::showPersona(const QString &accountKey, const QString &personaId)
{
    if (m_conversations->accountKey() != accountKey || m_conversations->personaId() != personaId) {
        m_sidebar->selectPersona(accountKey, personaId); // as a click: personaChosen
        return;
    }
    // Its list is the one behind the thread, help or address book: back to it.
    if (m_pages->currentWidget() == m_conversations || !leaveThread())
        return;
    {
        const QSignalBlocker quiet(m_sidebar);
        m_sidebar->selectPersona(accountKey, personaId);
    }
    m_currentAccount = accountKey;
    m_pages->setCurrentWidget(m_conversations);
    m_conversations->refreshInPlace();
    rebuildAccountMenu();
    updateActions();
}

void MainWindow::showTransfers()
{
    m_transfersDock->show();
    m_transfersDock->raise();
}

bool MainWindow::isReading(const QString &accountKey, const QString &conversationId) const
{
    return isActiveWindow() && !isMinimized() && m_pages->currentWidget() == m_thread &&
           m_threadAccount == accountKey && m_thread->conversationId() == conversationId;
}

bool MainWindow::isOutOfSight() const
{
    return !isVisible() || isMinimized();
}

void MainWindow::setKeepRunningOnClose(std::function<bool()> keepRunning)
{
    m_keepRunningOnClose = std::move(keepRunning);
}

void MainWindow::showActivity(const QString &conversationId, const QString &title)
{
    ApiClient *api = m_accounts->api(m_conversations->accountKey());
    if (!api)
        return;
    auto *dialog = new ActivityDialog(api, conversationId, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::rebuildAccountMenu()
{
    const bool signedIn = m_accounts->contains(m_currentAccount);
    m_accountButton->setText(signedIn ? m_accounts->title(m_currentAccount) : tr("Account"));
    m_accountMenu->setAccount(m_currentAccount);
}

void MainWindow::showSettings()
{
    QList<SettingsDialog::AccountEntry> accounts;
    for (const QString &key : m_accounts->keys())
        accounts.append({key, m_accounts->title(key)});
    SettingsDialog dialog(m_language, m_conversations->perPage(), accounts,
                          QSystemTrayIcon::isSystemTrayAvailable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_conversations->setPerPage(dialog.perPage());
    saveSettings();
    if (dialog.language().language() != m_language.language())
        Q_EMIT languageChosen(dialog.language());
}

void MainWindow::updateActions()
{
    const bool onList = m_pages->currentWidget() == m_conversations;
    m_delete->setEnabled(onList && m_conversations->selectionCount() > 0);
    m_filter->setEnabled(onList);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pli"));
    //: Toolbar button (the portal's "Supprimer la sélection")
    m_delete->setText(tr("Delete selection"));
    m_delete->setToolTip(tr("Remove the ticked conversations from your list (Delete)"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Look for new messages (F5)"));
    m_filter->setPlaceholderText(tr("Filter conversations (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    m_filter->setAccessibleDescription(tr("Show only the conversations that match these words"));
    m_accountButton->setAccessibleDescription(
        tr("Sign out, add another account, choose the language or open the settings"));
    rebuildAccountMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_keepRunningOnClose && m_keepRunningOnClose()) {
        // In the tray: the application goes on (a hidden window is not a closed one).
        event->ignore();
        hide();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("workspace"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("perPage"), m_conversations->perPage());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("workspace"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 680);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const int perPage =
        settings.value(QStringLiteral("perPage"), ConversationPageSize::standard).toInt();
    m_conversations->setPerPage(
        ConversationPageSize::isChoice(perPage) ? perPage : ConversationPageSize::standard);
}

} // namespace pli::ui
