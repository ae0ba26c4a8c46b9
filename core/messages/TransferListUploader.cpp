#include "messages/TransferListUploader.h"

#include "models/TransferListModel.h"

namespace pli {

TransferListUploader::TransferListUploader(TransferListModel *transfers, QObject *parent)
    : AttachmentUploader(parent)
    , m_transfers(transfers)
{
    if (!transfers)
        return;
    connect(transfers, &TransferListModel::transferFinished, this,
            &TransferListUploader::onTransferFinished);
    connect(transfers, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                onTransfersChanged(first.row(), last.row());
            });
}

void TransferListUploader::start(const UploadRequest &request)
{
    const QString path = request.filePath;
    await(path);
    TransferListModel *transfers = m_transfers.data();
    if (!transfers) {
        reportLater(path, {}, Error(Error::Code::Unauthorized)); // the account is gone
        return;
    }
    if (!uploadIdOf(path).isEmpty()) {
        reportLater(path); // already on the server: named again
        return;
    }
    const int row = transfers->rowOf(m_transferOf.value(path));
    if (row < 0) {
        m_transferOf.insert(path, transfers->addUpload(request));
        return;
    }
    const TransferRecord record = transfers->record(row);
    if (record.state == TransferRecord::State::Completed) {
        // Finished while nobody waited (a failed submission let it go on).
        reportLater(path, record.uploadId);
    } else if (record.isUnfinished()) {
        transfers->resume(row); // nothing to do while it runs
    } else {
        transfers->retry(row); // failed or cancelled: continues from its upload URL
    }
}

void TransferListUploader::stop(const QString &filePath)
{
    release(filePath, false);
    const int row = m_transfers ? m_transfers->rowOf(m_transferOf.value(filePath)) : -1;
    if (row >= 0 && m_transfers->record(row).isUnfinished())
        m_transfers->cancel(row);
}

void TransferListUploader::forget(const QString &filePath)
{
    stop(filePath);
    release(filePath, true);
    m_transferOf.remove(filePath);
}

void TransferListUploader::onTransferFinished(const QString &transferId, bool success)
{
    const QString path = m_transferOf.key(transferId);
    if (path.isEmpty())
        return;
    const TransferRecord record = m_transfers->record(m_transfers->rowOf(transferId));
    report(path, success ? record.uploadId : QString(), success ? Error() : record.error);
}

void TransferListUploader::onTransfersChanged(int firstRow, int lastRow)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        const TransferRecord record = m_transfers->record(row);
        const QString path = m_transferOf.key(record.id);
        if (path.isEmpty() || !isAwaited(path))
            continue;
        const QModelIndex index = m_transfers->index(row);
        Q_EMIT progressed(path, record.done, record.total,
                          index.data(TransferListModel::SpeedRole).toDouble(),
                          index.data(TransferListModel::EtaRole).toInt());
    }
}

} // namespace pli
