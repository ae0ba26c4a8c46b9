#include "AttachmentDownloads.h"

#include "models/TransferListModel.h"
#include "net/ApiClient.h"

#include <QStandardPaths>

namespace pli::ui {

AttachmentDownloads::AttachmentDownloads(QObject *parent)
    : QObject(parent)
{}

void AttachmentDownloads::setAccount(ApiClient *api, TransferListModel *transfers)
{
    if (m_transfers == transfers && m_api == api)
        return;
    if (m_transfers)
        disconnect(m_transfers, nullptr, this, nullptr);
    m_api = api;
    m_transfers = transfers;
    m_attachmentOfTransfer.clear();
    m_status.clear();
    if (!transfers)
        return;
    connect(transfers, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                onRowsChanged(from.row(), to.row());
            });
}

QString AttachmentDownloads::directory() const
{
    if (!m_directory.isEmpty())
        return m_directory;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                               : downloads;
}

void AttachmentDownloads::download(const Attachment &attachment)
{
    if (!m_api || !m_transfers || status(attachment.id).state == State::Running)
        return;
    DownloadRequest request;
    request.url = m_api->endpoint(
        QStringLiteral("/attachments/%1/content").arg(ApiClient::pathSegment(attachment.id)));
    request.attachmentId = attachment.id;
    request.directory = directory();
    request.fileName = attachment.name;
    request.sha256 = QByteArray::fromHex(attachment.sha256.toLatin1());
    m_status.insert(attachment.id, Status{State::Running, 0, attachment.size, {}, {}});
    Q_EMIT statusChanged(attachment.id);
    const QString transferId = m_transfers->addDownload(request);
    m_attachmentOfTransfer.insert(transferId, attachment.id);
    onRowsChanged(m_transfers->rowOf(transferId), m_transfers->rowOf(transferId));
}

void AttachmentDownloads::onRowsChanged(int first, int last)
{
    if (!m_transfers || first < 0)
        return;
    using TState = TransferRecord::State;
    for (int row = first; row <= last; ++row) {
        const TransferRecord record = m_transfers->record(row);
        const QString attachmentId = m_attachmentOfTransfer.value(record.id);
        if (attachmentId.isEmpty())
            continue;
        Status status;
        status.done = record.done;
        status.total = record.total;
        switch (record.state) {
        case TState::Completed:
            status.state = State::Done;
            status.path = record.download.targetPath;
            break;
        case TState::Failed:
        case TState::Cancelled:
            status.state = State::Failed;
            status.error = record.state == TState::Cancelled ? tr("The download was cancelled.")
                                                             : record.error.message();
            break;
        default:
            status.state = State::Running;
        }
        m_status.insert(attachmentId, status);
        Q_EMIT statusChanged(attachmentId);
    }
}

} // namespace pli::ui
