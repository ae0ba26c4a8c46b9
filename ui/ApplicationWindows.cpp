#include "ApplicationWindows.h"

#include "accounts/AccountStore.h"
#include "accounts/SignedInAccounts.h"
#include "accounts/WorkspaceAccounts.h"
#include "auth/AuthSession.h"
#include "i18n/Translations.h"
#include "links/LaunchArguments.h"
#include "links/LinkRouter.h"
#include "links/LinksLog.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "signin/SignInWindow.h"
#include "tray/TrayPresence.h"
#include "tray/TrayStatus.h"
#include "widgets/BringToFront.h"
#include "workspace/MainWindow.h"

#include <QMessageBox>
#include <QSettings>

namespace pli::ui {

ApplicationWindows::ApplicationWindows(AccountStore *store, CredentialStore *credentials,
                                       Translations *translations, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_translations(translations)
    , m_accounts(new SignedInAccounts(store, credentials, this))
    , m_workspace(new WorkspaceAccounts(this))
    , m_links(new LinkRouter(m_accounts, this))
{
    connect(m_accounts, &SignedInAccounts::accountAdded, this, [this](const QString &key) {
        showWorkspace();
        if (const auto *entry = m_accounts->find(key)) {
            m_workspace->add(key, SignedInAccounts::titleOf(entry->account), entry->api,
                             entry->events);
            updateStayingSignedIn(key);
            followConnection(key, entry->events);
        }
    });
    connect(m_links, &LinkRouter::signInLinkOpened, this, [this](const Link &link) {
        showSignIn(!m_accounts->entries().isEmpty());
        m_signIn->openLink(link);
        bringForward();
    });
    connect(m_links, &LinkRouter::signInNeeded, this, [this](const QUrl &server) {
        showSignIn(!m_accounts->entries().isEmpty());
        m_signIn->signInToOpenConversation(server);
        bringForward();
    });
    connect(m_links, &LinkRouter::conversationFound, this,
            [this](const QString &account, const QString &persona, const QString &conversation) {
                showWorkspace();
                m_main->showConversation(account, persona, conversation);
                bringForward();
            });
    connect(m_links, &LinkRouter::problem, this, &ApplicationWindows::showLinkProblem);
    connect(m_accounts, &SignedInAccounts::accountRemoved, this, [this](const QString &key) {
        m_workspace->remove(key);
        if (m_accounts->entries().isEmpty()) {
            if (m_main)
                m_main->hide();
            showSignIn(false);
        }
    });
}

ApplicationWindows::~ApplicationWindows()
{
    delete m_signIn;
    // Before the window it watches.
    delete m_presence;
}

void ApplicationWindows::start(const QString &server)
{
    m_server = server;
    connect(m_accounts, &SignedInAccounts::restoreFinished, this,
            [this](int restored, const Error &error) {
                m_keychainAvailable = error.code() != Error::Code::KeychainUnavailable;
                if (restored == 0)
                    showSignIn(false);
                m_links->setReady();
            });
    m_accounts->restore();
}

void ApplicationWindows::updateStayingSignedIn(const QString &key)
{
    const auto *entry = m_accounts->find(key);
    if (!entry)
        return;
    const Account &account = entry->account;
    QList<ClientKind> clients;
    if (account.staySignedIn)
        clients.append(ClientKind::Desktop);
    // pli-cli's own list of accounts (read only): it keeps a sign-in of its own.
    const auto cli =
        AccountStore::ofClient(ClientKind::Cli)->account(account.server, account.username);
    if (cli && cli->staySignedIn)
        clients.append(ClientKind::Cli);
    m_workspace->setStayingSignedIn(key, clients);
}

void ApplicationWindows::followConnection(const QString &key, EventStream *events)
{
    // The live updates' state is what Pli knows of the connection to the account's server.
    const auto apply = [this, key](EventStream::State state) {
        if (!m_presence)
            return;
        TrayStatus::Connection connection = TrayStatus::Connection::Online;
        if (state == EventStream::State::Connecting)
            connection = TrayStatus::Connection::Connecting;
        else if (state != EventStream::State::Open)
            connection = TrayStatus::Connection::Offline;
        m_presence->status()->setConnection(key, connection);
    };
    connect(events, &EventStream::stateChanged, m_presence, apply);
    apply(events->state());
}

void ApplicationWindows::openLink(const QString &link)
{
    m_links->open(link);
}

void ApplicationWindows::handleArguments(const QStringList &arguments)
{
    const LaunchArguments launch = LaunchArguments::parse(arguments);
    if (!launch.error.isEmpty())
        qCWarning(lcLinks).noquote() << "ignored the arguments of a later start:" << launch.error;
    else if (!launch.server.isEmpty() && m_signIn && !m_signIn->isSignInInProgress())
        m_signIn->setServer(launch.server);
    bringForward();
    for (const QString &link : launch.links)
        openLink(link);
}

void ApplicationWindows::bringForward()
{
    QList<QWidget *> windows;
    if (m_main && !m_accounts->entries().isEmpty())
        windows << m_main.get();
    if (m_signIn)
        windows << m_signIn.data(); // last: on top
    for (QWidget *window : std::as_const(windows))
        bringToFront(window);
}

void ApplicationWindows::showLinkProblem(const Error &error)
{
    QWidget *parent = m_signIn ? static_cast<QWidget *>(m_signIn.data()) : m_main.get();
    QString text = error.message();
    if (error.code() == Error::Code::NotFound)
        text = tr("The conversation of this link is not among those of the accounts signed in. "
                  "If the e-mail went to another of your accounts, sign in to it with \"Add "
                  "another account…\" and open the link again.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Link from an e-mail"), text,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("linkProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ApplicationWindows::showSignIn(bool adding)
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new SignInWindow(m_store, m_credentials, adding ? m_main.get() : nullptr);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_server.isEmpty() && !adding)
        m_signIn->setServer(m_server);
    if (!m_keychainAvailable)
        m_signIn->setKeychainAvailable(false);
    QList<Account> signedIn;
    for (const auto &entry : m_accounts->entries())
        signedIn.append(entry.account);
    m_signIn->setAddingAccount(adding, signedIn);
    connect(m_signIn, &SignInWindow::signedIn, this,
            [this](const Account &account, ApiClient *api, AuthSession *session) {
                m_accounts->add(account, api, session);
            });
    connect(m_signIn, &QDialog::rejected, this, [this] {
        m_links->signInAbandoned();
        if (m_accounts->entries().isEmpty())
            Q_EMIT quitRequested();
    });
    m_signIn->show();
}

void ApplicationWindows::showWorkspace()
{
    if (!m_main) {
        m_main = std::make_unique<MainWindow>(m_workspace);
        m_main->setLanguage(m_translations->current());
        connect(m_main.get(), &MainWindow::addAccountRequested, this, [this] { showSignIn(true); });
        connect(m_main.get(), &MainWindow::signOutRequested, m_accounts,
                &SignedInAccounts::signOut);
        connect(m_main.get(), &MainWindow::accountMenuOpening, this,
                &ApplicationWindows::updateStayingSignedIn);
        m_presence = new TrayPresence(m_workspace, m_main.get(), nullptr, this);
        m_presence->setBringForward([this] { bringForward(); });
        connect(m_presence, &TrayPresence::quitRequested, this, &ApplicationWindows::quitRequested);
        connect(m_main.get(), &MainWindow::languageChosen, this, [this](const QLocale &locale) {
            m_translations->use(locale);
            QSettings().setValue(QStringLiteral("language"), locale.name());
            m_main->setLanguage(m_translations->current());
        });
    }
    m_main->show();
}

} // namespace pli::ui
