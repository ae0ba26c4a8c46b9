#pragma once

#include "Error.h"
#include "transfers/ChunkedDownload.h"
#include "transfers/TusUpload.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pli {

// What the transfer list remembers of one download or upload across restarts: enough to show
// it and to continue it (the download's target path, beside which its part file and journal
// live; the upload's server URL). Progress itself is not stored: the journal and the server's
// Upload-Offset are the truth.
struct TransferRecord
{
    enum class Kind
    {
        Download,
        Upload
    };
    enum class State
    {
        Queued,
        Running,
        Paused,
        Completed,
        Failed,
        Cancelled
    };

    QString id;
    Kind kind = Kind::Download;
    State state = State::Queued;
    QString name;
    qint64 done = 0;
    qint64 total = -1;
    Error error;
    DownloadRequest download;
    UploadRequest upload;
    QString uploadId; // a finished upload, for the message that names it

    bool isUnfinished() const
    {
        return state == State::Queued || state == State::Running || state == State::Paused;
    }

    QJsonObject toJson() const;
    static TransferRecord fromJson(const QJsonObject &object);

    // The list file: written to a temporary file and renamed, so a crash keeps the old list.
    static bool saveAll(const QString &path, const QList<TransferRecord> &records);
    static QList<TransferRecord> loadAll(const QString &path);
};

} // namespace pli
