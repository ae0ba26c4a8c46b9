#pragma once

#include <QMenu>

namespace pli::ui {

class TrayStatus;

// The tray icon's menu: "Open Pli"; each account (its title, its connection trouble if any)
// with its personas and their unread counts, a click opening that persona's conversations;
// "Transfers"; "Quit". Rebuilt from the TrayStatus whenever it changes, so that it is current
// when it opens.
class TrayMenu : public QMenu
{
    Q_OBJECT
public:
    // `status` must outlive the menu.
    explicit TrayMenu(TrayStatus *status, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested();
    void personaRequested(const QString &accountKey, const QString &personaId);
    void transfersRequested();
    void quitRequested();
    // The interface's language changed and the menu speaks it.
    void retranslated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    TrayStatus *m_status;
};

} // namespace pli::ui
