#pragma once

#include "net/ApiClient.h"
#include "transfers/RequestAuthorizer.h"
#include "transfers/TransferRecord.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace pli {

// Every download and upload of the application, one row each, with its state, progress, speed
// and error, and the actions a person can take on it (pause, resume, cancel, retry, open the
// folder). The list is saved as JSON in the application data folder, so transfers that were
// not finished reappear (paused) after a restart and continue where they stopped.
class TransferListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,  // TransferRecord::Kind as int
        StateRole, // TransferRecord::State as int
        NameRole,
        BytesDoneRole,
        BytesTotalRole, // -1 while unknown
        ProgressRole,   // 0..1, -1 while the size is unknown
        SpeedRole,      // bytes per second
        EtaRole,        // seconds, -1 when unknown
        ErrorRole,      // translated sentence, empty without error
        ErrorCodeRole,  // pli::Error::Code as int
        PathRole,       // downloaded file, or the file being uploaded
        FolderRole,     // QUrl of the folder holding PathRole ("open folder")
        CanPauseRole,
        CanResumeRole,
        CanCancelRole,
        CanRetryRole,
    };
    Q_ENUM(Role)

    // storagePath: the JSON list; empty for <AppDataLocation>/transfers.json.
    TransferListModel(QNetworkAccessManager *network, RequestAuthorizer authorize,
                      const QString &storagePath = {}, QObject *parent = nullptr);
    ~TransferListModel() override;

    void setDownloadOptions(const DownloadOptions &options) { m_downloadOptions = options; }
    void setUploadOptions(const UploadOptions &options) { m_uploadOptions = options; }
    // The account whose session transfers renew after a 401 (SessionRenewal); without it a 401
    // fails the transfer.
    void renewSessionThrough(ApiClient *api) { m_renewalClient = api; }

    // Add and start a transfer; return its id.
    QString addDownload(const DownloadRequest &request);
    QString addUpload(const UploadRequest &request);

    bool pause(int row);
    bool resume(int row);
    bool cancel(int row);
    bool retry(int row);
    QUrl folderUrl(int row) const;
    // Drops the rows that are completed, failed or cancelled.
    void clearFinished();

    int rowOf(const QString &id) const;
    TransferRecord record(int row) const { return m_rows.value(row).record; }
    QString storagePath() const { return m_storagePath; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void transferFinished(const QString &id, bool success);
    // An upload is on the server: a message may now name `uploadId` in its attachments.
    void uploadCompleted(const QString &id, const QString &uploadId);

private:
    struct Row
    {
        TransferRecord record;
        QPointer<Job> job;
        double speed = 0;
        int eta = -1;
    };

    void startJob(int row);
    void onProgress(const QString &id, qint64 done, qint64 total, double speed, int eta);
    void onFinished(const QString &id, Job *job);
    void setState(int row, TransferRecord::State state);
    void changed(int row);
    void save() const;

    QNetworkAccessManager *m_network;
    RequestAuthorizer m_authorize;
    QPointer<ApiClient> m_renewalClient;
    QString m_storagePath;
    DownloadOptions m_downloadOptions;
    UploadOptions m_uploadOptions;
    QList<Row> m_rows;
};

} // namespace pli
