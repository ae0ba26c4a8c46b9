#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace pli {
class TransferListModel;
} // namespace pli

namespace pli::ui {

class AccountTransfers;
class Notifier;

// Desktop notifications for the downloads and uploads that end while Pli's window is out of
// sight (in the tray or minimized): finished, with the file's name, or failed. A cancelled
// transfer says nothing (it was cancelled on purpose), nor does an account whose notifications
// are off. A click shows the Transfers panel.
class TransferNotifications : public QObject
{
    Q_OBJECT
public:
    // `transfers` and `notifier` must outlive this object.
    TransferNotifications(AccountTransfers *transfers, Notifier *notifier,
                          QObject *parent = nullptr);

    // Whether the window is out of sight now; without it, never (nothing is notified).
    void setWindowHiddenCheck(std::function<bool()> isHidden);

private:
    void follow(TransferListModel *model);
    void finished(TransferListModel *model, const QString &id);

    AccountTransfers *m_transfers;
    QPointer<Notifier> m_notifier;
    std::function<bool()> m_isHidden;
};

} // namespace pli::ui
