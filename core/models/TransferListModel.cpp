#include "models/TransferListModel.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace pli {

using State = TransferRecord::State;
using Kind = TransferRecord::Kind;

TransferListModel::TransferListModel(QNetworkAccessManager *network, RequestAuthorizer authorize,
                                     const QString &storagePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_network(network)
    , m_authorize(std::move(authorize))
    , m_storagePath(storagePath.isEmpty()
                        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(QStringLiteral("transfers.json"))
                        : storagePath)
{
    for (TransferRecord &record : TransferRecord::loadAll(m_storagePath)) {
        // Interrupted by the last exit: shown paused, continued on resume().
        if (record.isUnfinished())
            record.state = State::Paused;
        m_rows.append(Row{record, nullptr, 0, -1});
    }
}

TransferListModel::~TransferListModel()
{
    // Jobs are children: destroying them keeps their part files and upload URLs, and the saved
    // list still says which transfers to continue.
    save();
}

QString TransferListModel::addDownload(const DownloadRequest &request)
{
    TransferRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = Kind::Download;
    record.name = request.fileName.isEmpty() ? request.url.fileName() : request.fileName;
    record.download = request;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{record, nullptr, 0, -1});
    endInsertRows();
    startJob(int(m_rows.size()) - 1);
    return record.id;
}

QString TransferListModel::addUpload(const UploadRequest &request)
{
    TransferRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = Kind::Upload;
    record.name =
        request.fileName.isEmpty() ? QFileInfo(request.filePath).fileName() : request.fileName;
    record.upload = request;
    record.total = QFileInfo(request.filePath).size();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{record, nullptr, 0, -1});
    endInsertRows();
    startJob(int(m_rows.size()) - 1);
    return record.id;
}

void TransferListModel::startJob(int row)
{
    Row &entry = m_rows[row];
    const QString id = entry.record.id;
    entry.record.error = Error();
    Job *job = nullptr;
    if (entry.record.kind == Kind::Download) {
        auto *download = new ChunkedDownload(m_network, m_authorize, entry.record.download,
                                             m_downloadOptions, this);
        download->renewSessionThrough(m_renewalClient);
        connect(download, &ChunkedDownload::targetChosen, this, [this, id](const QString &path) {
            const int r = rowOf(id);
            if (r < 0)
                return;
            m_rows[r].record.download.targetPath = path;
            m_rows[r].record.name = QFileInfo(path).fileName();
            changed(r);
            save();
        });
        connect(download, &ChunkedDownload::progressed, this,
                [this, id](qint64 done, qint64 total, double speed, int eta) {
                    onProgress(id, done, total, speed, eta);
                });
        job = download;
    } else {
        auto *upload =
            new TusUpload(m_network, m_authorize, entry.record.upload, m_uploadOptions, this);
        upload->renewSessionThrough(m_renewalClient);
        connect(upload, &TusUpload::uploadUrlChanged, this, [this, id](const QUrl &url) {
            const int r = rowOf(id);
            if (r >= 0) {
                m_rows[r].record.upload.uploadUrl = url;
                save();
            }
        });
        connect(upload, &TusUpload::progressed, this,
                [this, id](qint64 done, qint64 total, double speed, int eta) {
                    onProgress(id, done, total, speed, eta);
                });
        job = upload;
    }
    job->setAutoDelete(false);
    entry.job = job;
    connect(job, &Job::finished, this, [this, id](Job *finished) { onFinished(id, finished); });
    setState(row, State::Running);
    job->start();
}

void TransferListModel::onProgress(const QString &id, qint64 done, qint64 total, double speed,
                                   int eta)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Row &entry = m_rows[row];
    entry.record.done = done;
    entry.record.total = total;
    entry.speed = speed;
    entry.eta = eta;
    changed(row);
}

void TransferListModel::onFinished(const QString &id, Job *job)
{
    job->deleteLater();
    const int row = rowOf(id);
    if (row < 0 || m_rows[row].job != job)
        return;
    Row &entry = m_rows[row];
    entry.job = nullptr;
    entry.speed = 0;
    entry.eta = -1;
    const bool success = job->isSuccess();
    if (success) {
        entry.record.done = qMax<qint64>(entry.record.total, entry.record.done);
        if (auto *download = qobject_cast<ChunkedDownload *>(job))
            entry.record.download.targetPath = download->targetPath();
        if (auto *upload = qobject_cast<TusUpload *>(job))
            entry.record.uploadId = upload->uploadId();
    } else {
        entry.record.error = job->error();
    }
    const State state = success                                         ? State::Completed
                        : job->error().code() == Error::Code::Cancelled ? State::Cancelled
                                                                        : State::Failed;
    setState(row, state);
    if (success && entry.record.kind == Kind::Upload)
        Q_EMIT uploadCompleted(id, entry.record.uploadId);
    Q_EMIT transferFinished(id, success);
}

bool TransferListModel::pause(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.state != State::Running)
        return false;
    if (auto *download = qobject_cast<ChunkedDownload *>(m_rows[row].job.data()))
        download->pause();
    else if (auto *upload = qobject_cast<TusUpload *>(m_rows[row].job.data()))
        upload->pause();
    m_rows[row].speed = 0;
    m_rows[row].eta = -1;
    setState(row, State::Paused);
    return true;
}

bool TransferListModel::resume(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.state != State::Paused)
        return false;
    Row &entry = m_rows[row];
    if (!entry.job) {
        startJob(row); // restored from the saved list: continue from the journal / server
        return true;
    }
    if (auto *download = qobject_cast<ChunkedDownload *>(entry.job.data()))
        download->resume();
    else if (auto *upload = qobject_cast<TusUpload *>(entry.job.data()))
        upload->resume();
    setState(row, State::Running);
    return true;
}

bool TransferListModel::cancel(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].record.isUnfinished())
        return false;
    Row &entry = m_rows[row];
    if (entry.job) {
        entry.job->cancel(); // finishes: onFinished marks the row cancelled
        return true;
    }
    // A restored, never resumed transfer: remove what it left behind.
    if (entry.record.kind == Kind::Download && !entry.record.download.targetPath.isEmpty()) {
        const QString part = entry.record.download.targetPath + QStringLiteral(".part");
        QFile::remove(part);
        QFile::remove(DownloadJournal::journalPathFor(part));
    }
    entry.record.error = Error(Error::Code::Cancelled);
    setState(row, State::Cancelled);
    return true;
}

bool TransferListModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const State state = m_rows[row].record.state;
    if (state != State::Failed && state != State::Cancelled)
        return false;
    startJob(row);
    return true;
}

QUrl TransferListModel::folderUrl(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const TransferRecord &r = m_rows[row].record;
    const QString path =
        r.kind == Kind::Download
            ? (r.download.targetPath.isEmpty() ? r.download.directory
                                               : QFileInfo(r.download.targetPath).absolutePath())
            : QFileInfo(r.upload.filePath).absolutePath();
    return QUrl::fromLocalFile(path);
}

void TransferListModel::clearFinished()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].record.isUnfinished())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    save();
}

int TransferListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].record.id == id)
            return row;
    return -1;
}

void TransferListModel::setState(int row, State state)
{
    m_rows[row].record.state = state;
    changed(row);
    save();
}

void TransferListModel::changed(int row)
{
    const QModelIndex index = this->index(row);
    Q_EMIT dataChanged(index, index);
}

void TransferListModel::save() const
{
    QList<TransferRecord> records;
    for (const Row &row : m_rows)
        records.append(row.record);
    TransferRecord::saveAll(m_storagePath, records);
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &entry = m_rows[index.row()];
    const TransferRecord &r = entry.record;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case IdRole:
        return r.id;
    case KindRole:
        return int(r.kind);
    case StateRole:
        return int(r.state);
    case BytesDoneRole:
        return r.done;
    case BytesTotalRole:
        return r.total;
    case ProgressRole:
        return r.total > 0 ? double(r.done) / double(r.total) : (r.total == 0 ? 1.0 : -1.0);
    case SpeedRole:
        return entry.speed;
    case EtaRole:
        return entry.eta;
    case ErrorRole:
        return r.error.isError() ? r.error.message() : QString();
    case ErrorCodeRole:
        return int(r.error.code());
    case PathRole:
        return r.kind == Kind::Download ? r.download.targetPath : r.upload.filePath;
    case FolderRole:
        return folderUrl(index.row());
    case CanPauseRole:
        return r.state == State::Running;
    case CanResumeRole:
        return r.state == State::Paused;
    case CanCancelRole:
        return r.isUnfinished();
    case CanRetryRole:
        return r.state == State::Failed || r.state == State::Cancelled;
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {NameRole, "name"},
                  {BytesDoneRole, "bytesDone"},
                  {BytesTotalRole, "bytesTotal"},
                  {ProgressRole, "progress"},
                  {SpeedRole, "speed"},
                  {EtaRole, "eta"},
                  {ErrorRole, "error"},
                  {ErrorCodeRole, "errorCode"},
                  {PathRole, "path"},
                  {FolderRole, "folder"},
                  {CanPauseRole, "canPause"},
                  {CanResumeRole, "canResume"},
                  {CanCancelRole, "canCancel"},
                  {CanRetryRole, "canRetry"}});
    return names;
}

} // namespace pli
