#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

namespace pli {
class AccountStore;
class CredentialStore;
class Error;
class EventStream;
class SignedInAccounts;
class Translations;
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

class LinkRouter;
class MainWindow;
class SignInWindow;
class TrayPresence;

// Which windows the desktop client shows, and how they connect: at start the remembered
// accounts are signed in again silently; the sign-in window opens when none comes back; the
// workspace shows every signed-in account; "Add another account" opens the sign-in window
// again; signing out of the last account returns to it. Links from e-mails open the page they
// are for (LinkRouter). Also switches the language live. With the workspace comes Pli's
// presence outside it: tray icon, notifications (TrayPresence), whose clicks bring the windows
// forward through bringForward(), as a later `pli` does.
class ApplicationWindows : public QObject
{
    Q_OBJECT
public:
    ApplicationWindows(AccountStore *store, CredentialStore *credentials,
                       Translations *translations, QObject *parent = nullptr);
    ~ApplicationWindows() override;

    // `server`: from the command line, empty for the remembered one.
    void start(const QString &server = {});
    // A link from an e-mail (pli:… or https://…/open/…); one given before the remembered
    // accounts are back waits for them.
    void openLink(const QString &link);
    // The arguments of a later `pli` (without the program name), handed over by SingleInstance:
    // its links are opened and the window is brought forward.
    void handleArguments(const QStringList &arguments);
    // Shows, un-minimises, raises and activates the workspace, or the sign-in window when no
    // account is signed in (or when it is open on top of the workspace), through bringToFront.
    // The one way Pli's windows come forward: a later `pli`, a link, the tray, a notification.
    void bringForward();

Q_SIGNALS:
    // The sign-in window was closed without any account signed in: the application ends.
    void quitRequested();

private:
    void showSignIn(bool adding);
    void showWorkspace();
    // Tells the workspace which programs stay signed in to the account (its menu says so).
    void updateStayingSignedIn(const QString &key);
    // The tray shows the connection to the account's server.
    void followConnection(const QString &key, EventStream *events);
    void showLinkProblem(const Error &error);

    AccountStore *m_store;
    CredentialStore *m_credentials;
    Translations *m_translations;
    SignedInAccounts *m_accounts;
    WorkspaceAccounts *m_workspace; // what the workspace shows of m_accounts
    std::unique_ptr<MainWindow> m_main;
    QPointer<SignInWindow> m_signIn;
    QPointer<TrayPresence> m_presence; // with the workspace
    LinkRouter *m_links;
    QString m_server;
    bool m_keychainAvailable = true;
};

} // namespace pli::ui
