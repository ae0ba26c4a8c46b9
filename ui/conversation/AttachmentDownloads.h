#pragma once

#include "api/Types.h"
#include "models/TransferListModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pli {
class ApiClient;
class TransferListModel;
} // namespace pli

namespace pli::ui {

// Downloads the attachments a person clicks in a conversation through the account's transfer
// list (so they appear in the transfers panel and resume after a restart), into the download
// folder, and tells the attachment rows how each one is going.
class AttachmentDownloads : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        None,
        Running,
        Done,
        Failed
    };
    struct Status
    {
        State state = State::None;
        qint64 done = 0;
        qint64 total = -1;
        QString path;  // the file, once downloaded
        QString error; // translated, when failed
    };

    explicit AttachmentDownloads(QObject *parent = nullptr);

    void setAccount(ApiClient *api, TransferListModel *transfers);
    TransferListModel *transfers() const { return m_transfers; }
    // Where files go: the user's Downloads folder unless set.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const;

    // Starts (or restarts after a failure) the download of `attachment`.
    void download(const Attachment &attachment);
    Status status(const QString &attachmentId) const { return m_status.value(attachmentId); }

Q_SIGNALS:
    void statusChanged(const QString &attachmentId);

private:
    void onRowsChanged(int first, int last);

    QPointer<ApiClient> m_api;
    QPointer<TransferListModel> m_transfers;
    QString m_directory;
    QHash<QString, QString> m_attachmentOfTransfer; // transfer id -> attachment id
    QHash<QString, Status> m_status;                // attachment id -> status
};

} // namespace pli::ui
