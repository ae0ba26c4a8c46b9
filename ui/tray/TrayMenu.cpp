#include "TrayMenu.h"

#include "TrayStatus.h"
#include "widgets/Icons.h"

#include <QEvent>

namespace pli::ui {

TrayMenu::TrayMenu(TrayStatus *status, QWidget *parent)
    : QMenu(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("trayMenu"));
    connect(status, &TrayStatus::changed, this, &TrayMenu::rebuild);
    rebuild();
}

void TrayMenu::rebuild()
{
    clear();
    QAction *open = addAction(Icons::icon(QStringLiteral("pli")), tr("&Open Pli"));
    open->setObjectName(QStringLiteral("openPliAction"));
    connect(open, &QAction::triggered, this, &TrayMenu::openRequested);
    setDefaultAction(open);

    for (const TrayStatus::Account &account : m_status->accounts()) {
        addSeparator();
        QAction *title = addAction(TrayStatus::caption(account));
        title->setObjectName(QStringLiteral("accountCaption"));
        title->setEnabled(false);
        for (const TrayStatus::Persona &persona : account.personas) {
            const QString text =
                persona.unread > 0
                    //: tray menu: a persona's address and its number of unread conversations
                    ? tr("%1 (%2 unread)").arg(persona.email).arg(persona.unread)
                    : persona.email;
            QAction *item = addAction(Icons::icon(persona.unread > 0 ? QStringLiteral("unread")
                                                                     : QStringLiteral("persona")),
                                      text);
            item->setObjectName(QStringLiteral("personaAction"));
            item->setData(QStringList{account.key, persona.id});
            QFont font = item->font();
            font.setBold(persona.unread > 0);
            item->setFont(font);
            connect(item, &QAction::triggered, this, [this, key = account.key, id = persona.id] {
                Q_EMIT personaRequested(key, id);
            });
        }
    }

    addSeparator();
    QAction *transfers = addAction(Icons::icon(QStringLiteral("download")), tr("&Transfers"));
    transfers->setObjectName(QStringLiteral("transfersAction"));
    connect(transfers, &QAction::triggered, this, &TrayMenu::transfersRequested);
    addSeparator();
    QAction *quit = addAction(tr("&Quit Pli"));
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, this, &TrayMenu::quitRequested);
}

void TrayMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
        Q_EMIT retranslated();
    }
}

} // namespace pli::ui
