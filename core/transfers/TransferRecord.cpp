#include "transfers/TransferRecord.h"

#include "transfers/TransferLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>

namespace pli {

namespace {

QString stateName(TransferRecord::State state)
{
    switch (state) {
    case TransferRecord::State::Queued:
        return QStringLiteral("queued");
    case TransferRecord::State::Running:
        return QStringLiteral("running");
    case TransferRecord::State::Paused:
        return QStringLiteral("paused");
    case TransferRecord::State::Completed:
        return QStringLiteral("completed");
    case TransferRecord::State::Failed:
        return QStringLiteral("failed");
    case TransferRecord::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

TransferRecord::State stateFromName(const QString &name)
{
    for (auto state : {TransferRecord::State::Queued, TransferRecord::State::Running,
                       TransferRecord::State::Paused, TransferRecord::State::Completed,
                       TransferRecord::State::Failed, TransferRecord::State::Cancelled})
        if (stateName(state) == name)
            return state;
    return TransferRecord::State::Failed;
}

} // namespace

QJsonObject TransferRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"),
         kind == Kind::Download ? QStringLiteral("download") : QStringLiteral("upload")},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("name"), name},
        {QStringLiteral("done"), done},
        {QStringLiteral("total"), total},
    };
    if (error.isError()) {
        o.insert(QStringLiteral("error_code"), error.codeName());
        o.insert(QStringLiteral("error_detail"), error.detail());
        o.insert(QStringLiteral("error_status"), error.httpStatus());
    }
    if (kind == Kind::Download) {
        o.insert(QStringLiteral("url"), download.url.toString());
        o.insert(QStringLiteral("attachment_id"), download.attachmentId);
        o.insert(QStringLiteral("directory"), download.directory);
        o.insert(QStringLiteral("file_name"), download.fileName);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(download.sha256.toHex()));
        o.insert(QStringLiteral("target"), download.targetPath);
    } else {
        o.insert(QStringLiteral("endpoint"), upload.endpoint.toString());
        o.insert(QStringLiteral("file"), upload.filePath);
        o.insert(QStringLiteral("file_name"), upload.fileName);
        o.insert(QStringLiteral("content_type"), upload.contentType);
        o.insert(QStringLiteral("upload_url"), upload.uploadUrl.toString());
        o.insert(QStringLiteral("other_bytes"), upload.otherAttachmentsBytes);
        o.insert(QStringLiteral("upload_id"), uploadId);
    }
    return o;
}

TransferRecord TransferRecord::fromJson(const QJsonObject &o)
{
    TransferRecord r;
    const auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    r.id = str("id");
    r.kind = str("kind") == QLatin1String("upload") ? Kind::Upload : Kind::Download;
    r.state = stateFromName(str("state"));
    r.name = str("name");
    r.done = qint64(o.value(QStringLiteral("done")).toDouble());
    r.total = qint64(o.value(QStringLiteral("total")).toDouble(-1));
    if (o.contains(QStringLiteral("error_code"))) {
        bool ok = false;
        const int code = QMetaEnum::fromType<Error::Code>().keyToValue(
            str("error_code").toLatin1().constData(), &ok);
        r.error = Error(ok ? Error::Code(code) : Error::Code::Unknown, str("error_detail"));
        r.error.setHttpStatus(o.value(QStringLiteral("error_status")).toInt());
    }
    if (r.kind == Kind::Download) {
        r.download.url = QUrl(str("url"));
        r.download.attachmentId = str("attachment_id");
        r.download.directory = str("directory");
        r.download.fileName = str("file_name");
        r.download.sha256 = QByteArray::fromHex(str("sha256").toLatin1());
        r.download.targetPath = str("target");
    } else {
        r.upload.endpoint = QUrl(str("endpoint"));
        r.upload.filePath = str("file");
        r.upload.fileName = str("file_name");
        r.upload.contentType = str("content_type");
        r.upload.uploadUrl = QUrl(str("upload_url"));
        r.upload.otherAttachmentsBytes = qint64(o.value(QStringLiteral("other_bytes")).toDouble());
        r.uploadId = str("upload_id");
    }
    return r;
}

bool TransferRecord::saveAll(const QString &path, const QList<TransferRecord> &records)
{
    QJsonArray array;
    for (const TransferRecord &record : records)
        array.append(record.toJson());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcTransfer) << "cannot save the transfer list:" << file.errorString();
        return false;
    }
    return true;
}

QList<TransferRecord> TransferRecord::loadAll(const QString &path)
{
    QFile file(path);
    QList<TransferRecord> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray()) {
        qCWarning(lcTransfer) << "ignoring a damaged transfer list:" << error.errorString();
        return records;
    }
    for (const QJsonValue &value : document.array()) {
        TransferRecord record = fromJson(value.toObject());
        if (!record.id.isEmpty())
            records.append(record);
    }
    return records;
}

} // namespace pli
