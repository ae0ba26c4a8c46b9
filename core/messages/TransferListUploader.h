#pragma once

#include "messages/AttachmentUploader.h"

#include <QHash>
#include <QPointer>

namespace pli {

class TransferListModel;

// Uploads through the account's transfer list, where each file is a transfer a person sees and
// can pause, resume or retry, continued after a restart: the desktop's way. A later start() for
// the same file resumes or retries its transfer, or names its upload again once finished, even
// when the transfer finished while nobody waited for it. stop() cancels the transfer.
class TransferListUploader : public AttachmentUploader
{
    Q_OBJECT
public:
    explicit TransferListUploader(TransferListModel *transfers, QObject *parent = nullptr);

    void start(const UploadRequest &request) override;
    void stop(const QString &filePath) override;
    void forget(const QString &filePath) override;

private:
    void onTransferFinished(const QString &transferId, bool success);
    void onTransfersChanged(int firstRow, int lastRow);

    QPointer<TransferListModel> m_transfers;
    QHash<QString, QString> m_transferOf; // transfer id by file path
};

} // namespace pli
