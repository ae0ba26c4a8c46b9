#include "TransferNotifications.h"

#include "NotificationPreferences.h"
#include "Notifier.h"
#include "models/TransferListModel.h"
#include "transfers/AccountTransfers.h"

namespace pli::ui {

TransferNotifications::TransferNotifications(AccountTransfers *transfers, Notifier *notifier,
                                             QObject *parent)
    : QObject(parent)
    , m_transfers(transfers)
    , m_notifier(notifier)
{
    connect(transfers, &AccountTransfers::modelAdded, this, &TransferNotifications::follow);
    for (TransferListModel *model : transfers->models())
        follow(model);
}

void TransferNotifications::setWindowHiddenCheck(std::function<bool()> isHidden)
{
    m_isHidden = std::move(isHidden);
}

void TransferNotifications::follow(TransferListModel *model)
{
    connect(model, &TransferListModel::transferFinished, this,
            [this, model](const QString &id) { finished(model, id); });
}

void TransferNotifications::finished(TransferListModel *model, const QString &id)
{
    if (!m_notifier || !m_isHidden || !m_isHidden())
        return;
    const QString accountKey = m_transfers->accountKeyOf(model);
    if (accountKey.isEmpty() || !NotificationPreferences::enabled(accountKey))
        return;
    const TransferRecord record = model->record(model->rowOf(id));
    const bool download = record.kind == TransferRecord::Kind::Download;
    Notification n;
    n.accountKey = accountKey;
    n.body = record.name;
    switch (record.state) {
    case TransferRecord::State::Completed:
        n.kind = Notification::Kind::TransferDone;
        n.summary = download ? tr("Download finished") : tr("Upload finished");
        break;
    case TransferRecord::State::Failed:
        n.kind = Notification::Kind::TransferFailed;
        n.summary = download ? tr("Download failed") : tr("Upload failed");
        //: desktop notification: a file's name, then why its transfer failed
        n.body = tr("%1: %2").arg(record.name, record.error.message());
        break;
    default:
        return; // cancelled: on purpose
    }
    m_notifier->show(n);
}

} // namespace pli::ui
