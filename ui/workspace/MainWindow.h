#pragma once

#include <QLocale>
#include <QMainWindow>

#include <functional>

class QAction;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace pli {
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

class AccountMenu;
class AccountTransfers;
class AddressBookView;
class ConversationListView;
class ConversationView;
class HelpView;
class PersonaSidebar;
class TransfersDock;

// The workspace: the sidebar of accounts and personas on the left; on the right the chosen
// persona's conversation list (or the address book, help, or a conversation); a toolbar with
// "Delete selection", Refresh, the filter and the account menu. Shows the accounts of a
// WorkspaceAccounts (added or removed there) and follows its live updates. Remembers its
// geometry and page size.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `accounts` must outlive the window.
    explicit MainWindow(WorkspaceAccounts *accounts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Refreshes the current list and every account's unread counts (F5).
    void refresh();
    // Opens a conversation of an account (a link from an e-mail), with the persona's tab
    // chosen when given. A draft being written is asked about first, as when leaving it.
    void showConversation(const QString &accountKey, const QString &personaId,
                          const QString &conversationId);
    void setLanguage(const QLocale &language);

    // What the tray's menu and a clicked notification lead to (a conversation: as above, the
    // persona's tab left as it is).
    void showConversation(const QString &accountKey, const QString &conversationId);
    void showPersona(const QString &accountKey, const QString &personaId);
    void showTransfers();
    // Whether the person is reading this conversation now: on screen, in the active window.
    bool isReading(const QString &accountKey, const QString &conversationId) const;
    // Out of sight: hidden (in the tray) or minimized.
    bool isOutOfSight() const;
    AccountTransfers *transfers() const { return m_transfers; }
    // Asked at each close: true keeps Pli running, the window only hides. Unset: it closes.
    void setKeepRunningOnClose(std::function<bool()> keepRunning);

Q_SIGNALS:
    void openConversationRequested(const QString &accountKey, const QString &conversationId);
    void addAccountRequested();
    void signOutRequested(const QString &accountKey);
    void languageChosen(const QLocale &language);
    // The account menu is about to show `accountKey`'s: a moment to update what it says.
    void accountMenuOpening(const QString &accountKey);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    void buildThreadPage();
    void followAccounts();
    void onAccountAdded(const QString &accountKey);
    void onAccountRemoved(const QString &accountKey);
    // The list reloads in place when the live update concerns what it shows.
    void onPersonaChanged(const QString &accountKey, const QString &personaId);
    void showPersonaBehind(const QString &accountKey, const QString &personaId);
    // Asks about a draft before the thread's page is left; false: the person kept writing.
    bool leaveThread();
    // The account button says the current tab's account; its menu acts on it.
    void rebuildAccountMenu();
    void retranslate();
    void showActivity(const QString &conversationId, const QString &title);
    void showSettings();
    void saveSettings() const;
    void restoreSettings();
    void updateActions();

    WorkspaceAccounts *m_accounts;
    AccountTransfers *m_transfers = nullptr;
    TransfersDock *m_transfersDock = nullptr;
    std::function<bool()> m_keepRunningOnClose;
    PersonaSidebar *m_sidebar;
    QStackedWidget *m_pages;
    ConversationView *m_thread = nullptr;
    QString m_threadAccount; // whose conversation m_thread shows
    ConversationListView *m_conversations;
    AddressBookView *m_addressBook;
    HelpView *m_help;
    QSplitter *m_splitter;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay;
    QToolButton *m_accountButton = nullptr;
    AccountMenu *m_accountMenu;
    QString m_currentAccount; // the one the account menu acts on (the current tab's)
    QLocale m_language;
};

} // namespace pli::ui
