#pragma once

#include <QDockWidget>

class QToolButton;

namespace pli::ui {

class AccountTransfers;
class TransfersPanel;

// The transfers panel as a dock of the main window, with its status-bar button: "Transfers"
// when idle, "2 transfers running – 45 %" while busy; a click shows or hides the dock.
class TransfersDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TransfersDock(AccountTransfers *transfers, QWidget *parent = nullptr);

    TransfersPanel *panel() const { return m_panel; }
    // For the status bar (the caller adds it; it stays owned by whoever it is added to).
    QToolButton *statusButton() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TransfersPanel *m_panel;
    QToolButton *m_status;
};

} // namespace pli::ui
