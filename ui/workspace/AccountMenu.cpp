#include "AccountMenu.h"

#include "accounts/WorkspaceAccounts.h"
#include "i18n/Translations.h"

#include <QEvent>

namespace pli::ui {

AccountMenu::AccountMenu(WorkspaceAccounts *accounts, QWidget *parent)
    : QMenu(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountMenu"));
    connect(accounts, &WorkspaceAccounts::stayingSignedInChanged, this,
            [this](const QString &account) {
                if (account == m_account)
                    rebuild();
            });
    // What the other programs of this computer say can change while Pli runs.
    connect(this, &QMenu::aboutToShow, this, [this] { Q_EMIT opening(m_account); });
    rebuild();
}

void AccountMenu::setAccount(const QString &accountKey)
{
    m_account = accountKey;
    rebuild();
}

void AccountMenu::setLanguage(const QLocale &language)
{
    m_language = language;
    rebuild();
}

void AccountMenu::rebuild()
{
    clear();
    const bool signedIn = m_accounts->contains(m_account);
    const QString title = m_accounts->title(m_account);
    if (signedIn) {
        //: Account menu caption; %1 is the account
        QAction *who = addAction(tr("Signed in as %1").arg(title));
        who->setEnabled(false);
        addSignInLines();
        addSeparator();
    }
    QAction *add = addAction(tr("&Add another account…"));
    connect(add, &QAction::triggered, this, &AccountMenu::addAccountRequested);
    if (signedIn) {
        QAction *signOut = addAction(tr("Sign &out of %1").arg(title));
        signOut->setObjectName(QStringLiteral("signOutAction"));
        connect(signOut, &QAction::triggered, this,
                [this, key = m_account] { Q_EMIT signOutRequested(key); });
    }
    addSeparator();
    QMenu *languages = addMenu(tr("&Language"));
    for (const QLocale &locale : Translations::available()) {
        QString name = locale.nativeLanguageName();
        name[0] = name[0].toUpper();
        QAction *choice = languages->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(locale.language() == m_language.language());
        choice->setData(locale.name());
        connect(choice, &QAction::triggered, this,
                [this, locale] { Q_EMIT languageChosen(locale); });
    }
    QAction *settings = addAction(tr("&Settings…"));
    connect(settings, &QAction::triggered, this, &AccountMenu::settingsRequested);
}

void AccountMenu::addSignInLines()
{
    const auto clients = m_accounts->stayingSignedIn(m_account);
    if (!clients)
        return;
    // Each program keeps its own sign-in: signing out here leaves pli-cli signed in.
    const QString desktop =
        clients->contains(ClientKind::Desktop)
            //: Account menu: this desktop app's own sign-in, kept when Pli restarts
            ? tr("This app: stays signed in")
            //: Account menu: this desktop app's own sign-in, not kept when Pli quits
            : tr("This app: signed in until Pli quits");
    const QString cli = clients->contains(ClientKind::Cli)
                            //: Account menu: pli-cli (the terminal program) keeps its own sign-in
                            ? tr("pli-cli: stays signed in")
                            : tr("pli-cli: not signed in");
    for (const QString &line : {desktop, cli}) {
        QAction *note = addAction(line);
        note->setObjectName(QStringLiteral("signInNote"));
        note->setEnabled(false);
    }
}

void AccountMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace pli::ui
