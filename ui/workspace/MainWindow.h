#pragma once

#include <QLocale>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace pli {
class ApiClient;
class EventStream;
class PersonaListModel;
} // namespace pli

namespace pli::ui {

class AddressBookView;
class ConversationListView;
class ConversationView;
class HelpView;
class PersonaSidebar;

// The workspace: the sidebar of accounts and personas on the left; on the right the chosen
// persona's conversation list (or the address book, or help); a toolbar with "Delete
// selection", Refresh, the filter and the account menu. Remembers its geometry and page size.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A signed-in account joins the sidebar; `api` stays owned by the caller and must outlive
    // removeAccount(key). With `events` (the account's live updates, owned by the caller) the
    // unread badges and the conversation list follow the server without F5.
    void addAccount(const QString &accountKey, const QString &title, ApiClient *api,
                    EventStream *events = nullptr);
    void removeAccount(const QString &accountKey);
    bool hasAccount(const QString &accountKey) const;
    QStringList accountKeys() const;
    PersonaListModel *personas(const QString &accountKey) const;
    // The account the toolbar's menu acts on (the one of the current tab).
    QString currentAccountKey() const { return m_currentAccount; }

    // Refreshes the current list and every account's unread counts (F5).
    void refresh();
    void setLanguage(const QLocale &language);

    PersonaSidebar *sidebar() const { return m_sidebar; }
    ConversationListView *conversations() const { return m_conversations; }
    AddressBookView *addressBook() const { return m_addressBook; }
    HelpView *help() const { return m_help; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *deleteAction() const { return m_delete; }
    QAction *refreshAction() const { return m_refresh; }
    QToolButton *accountButton() const { return m_accountButton; }
    QMenu *accountMenu() const { return m_accountMenu; }

Q_SIGNALS:
    void openConversationRequested(const QString &accountKey, const QString &conversationId);
    // A live update: a conversation of this account changed on the server (a new message, a
    // read, a member's change), possibly by this very client. A view showing that conversation
    // reloads it.
    void conversationChangedRemotely(const QString &accountKey, const QString &conversationId);
    void addAccountRequested();
    void signOutRequested(const QString &accountKey);
    void languageChosen(const QLocale &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct AccountEntry
    {
        QString key;
        QString title;
        QPointer<ApiClient> api;
        PersonaListModel *personas = nullptr;
        QPointer<EventStream> events;
    };
    const AccountEntry *entry(const QString &accountKey) const;
    void buildToolbar();
    void buildThreadPage();
    // Asks about a draft before the thread's page is left; false: the person kept writing.
    bool leaveThread();
    void followEvents(const QString &accountKey, EventStream *events);
    void rebuildAccountMenu();
    void retranslate();
    void showActivity(const QString &conversationId, const QString &title);
    void saveSettings() const;
    void restoreSettings();
    void updateActions();

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
    QMenu *m_accountMenu;
    QList<AccountEntry> m_accounts;
    QString m_currentAccount;
    QLocale m_language;
};

} // namespace pli::ui
