#include "AttachmentDownloads.h"

#include "DownloadPreferences.h"
#include "models/TransferListModel.h"
#include "net/ApiClient.h"
#include "transfers/SafeFileName.h"
#include "transfers/TransferLog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace pli::ui {

namespace {
// Moves a file the person agreed to replace to the desktop trash, where it can be recovered.
void moveToTrash(const QString &path)
{
    // Qt 6.4 falls back to a trash in the working directory when the user's data folder does
    // not exist yet (a fresh account): make sure it does.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QString inTrash;
    if (QFile::moveToTrash(path, &inTrash))
        qCInfo(lcTransfer) << "replacing" << path << "- the old file is now" << inTrash;
    else
        qCWarning(lcTransfer) << "cannot move" << path << "to the trash: keeping it";
}
} // namespace

AttachmentDownloads::AttachmentDownloads(QObject *parent)
    : QObject(parent)
    , m_askSaveLocation([](QWidget *dialogParent, const QString &suggestedPath) {
        return QFileDialog::getSaveFileName(dialogParent, tr("Save the attachment"), suggestedPath);
    })
{}

void AttachmentDownloads::setSaveLocationQuestion(SaveLocationQuestion question)
{
    m_askSaveLocation = std::move(question);
}

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
    return m_directory.isEmpty() ? DownloadPreferences::downloadFolder() : m_directory;
}

void AttachmentDownloads::download(const Attachment &attachment, QWidget *dialogParent)
{
    if (!m_api || !m_transfers || status(attachment.id).state == State::Running)
        return;
    DownloadRequest request;
    request.url = m_api->endpoint(
        QStringLiteral("/attachments/%1/content").arg(ApiClient::pathSegment(attachment.id)));
    request.attachmentId = attachment.id;
    request.sha256 = QByteArray::fromHex(attachment.sha256.toLatin1());
    request.directory = directory();
    request.fileName = attachment.name;
    if (DownloadPreferences::askWhereToSave()) {
        QString folder = DownloadPreferences::lastFolder();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = directory();
        // The server's name is untrusted: the dialog offers the safe form of it.
        const QString chosen = m_askSaveLocation(
            dialogParent, QDir(folder).filePath(SafeFileName::sanitize(attachment.name)));
        if (chosen.isEmpty())
            return;
        const QFileInfo target(chosen);
        DownloadPreferences::setLastFolder(target.absolutePath());
        // The dialog has asked before replacing a file, but downloads never write over one:
        // the old file goes to the trash (recoverable). If it cannot, the download takes a free
        // name beside it, so nothing is lost either way.
        if (target.isFile())
            moveToTrash(chosen);
        request.directory = target.absolutePath();
        request.fileName = target.fileName();
    }
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
