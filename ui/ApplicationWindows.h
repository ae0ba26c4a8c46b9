#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

namespace pli {
class AccountStore;
class CredentialStore;
class EventStream;
class SignedInAccounts;
class Translations;
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

class MainWindow;
class SignInWindow;
class TrayPresence;

// Which windows the desktop client shows, and how they connect: at start the remembered
// accounts are signed in again silently; the sign-in window opens when none comes back; the
// workspace shows every signed-in account; "Add another account" opens the sign-in window
// again; signing out of the last account returns to it. Also switches the language live. With
// the workspace comes Pli's presence outside it: tray icon, notifications (TrayPresence).
class ApplicationWindows : public QObject
{
    Q_OBJECT
public:
    ApplicationWindows(AccountStore *store, CredentialStore *credentials,
                       Translations *translations, QObject *parent = nullptr);
    ~ApplicationWindows() override;

    // `server`: from the command line, empty for the remembered one.
    void start(const QString &server = {});

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

    AccountStore *m_store;
    CredentialStore *m_credentials;
    Translations *m_translations;
    SignedInAccounts *m_accounts;
    WorkspaceAccounts *m_workspace; // what the workspace shows of m_accounts
    std::unique_ptr<MainWindow> m_main;
    QPointer<SignInWindow> m_signIn;
    QPointer<TrayPresence> m_presence; // with the workspace
    QString m_server;
    bool m_keychainAvailable = true;
};

} // namespace pli::ui
