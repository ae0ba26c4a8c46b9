#pragma once

#include <QLocale>
#include <QMenu>

namespace pli {
class WorkspaceAccounts;
} // namespace pli

namespace pli::ui {

// The menu of the workspace's account button, for the account of the current tab: who is
// signed in and which programs of this computer stay signed in to that account (this app,
// pli-cli: each has its own sign-in), "Add another account…", "Sign out of …", the language
// and "Settings…".
class AccountMenu : public QMenu
{
    Q_OBJECT
public:
    // `accounts` must outlive the menu.
    explicit AccountMenu(WorkspaceAccounts *accounts, QWidget *parent = nullptr);

    // The account the menu acts on; empty or unknown: none.
    void setAccount(const QString &accountKey);
    void setLanguage(const QLocale &language);

Q_SIGNALS:
    void addAccountRequested();
    void signOutRequested(const QString &accountKey);
    void languageChosen(const QLocale &language);
    void settingsRequested();
    // About to show: a moment to update what it says (setStayingSignedIn).
    void opening(const QString &accountKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addSignInLines();

    WorkspaceAccounts *m_accounts;
    QString m_account;
    QLocale m_language;
};

} // namespace pli::ui
