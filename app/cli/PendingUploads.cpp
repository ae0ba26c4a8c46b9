#include "PendingUploads.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace pli::cli {

namespace {

const QString kAccount = QStringLiteral("account");
const QString kConversation = QStringLiteral("conversation");
const QString kPath = QStringLiteral("path");
const QString kSize = QStringLiteral("size");
const QString kModified = QStringLiteral("modified");
const QString kUrl = QStringLiteral("upload_url");

// An upload that old has expired on the server anyway.
constexpr qint64 kMaxAgeDays = 7;

bool sameFile(const QJsonObject &entry, const QFileInfo &file)
{
    return entry.value(kPath).toString() == file.absoluteFilePath() &&
           entry.value(kSize).toInteger() == file.size() &&
           entry.value(kModified).toInteger() == file.lastModified().toMSecsSinceEpoch();
}

} // namespace

PendingUploads::PendingUploads(QString path)
    : m_path(std::move(path))
{}

QString PendingUploads::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/pending-uploads.json");
}

QJsonArray PendingUploads::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

void PendingUploads::save(const QJsonArray &entries) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return; // only a resume is lost: the upload itself goes on
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    file.commit();
}

QUrl PendingUploads::find(const QString &account, const QString &conversation,
                          const QFileInfo &file) const
{
    for (const QJsonValue &value : load()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(kAccount).toString() == account &&
            entry.value(kConversation).toString() == conversation && sameFile(entry, file))
            return QUrl(entry.value(kUrl).toString());
    }
    return {};
}

void PendingUploads::remember(const QString &account, const QString &conversation,
                              const QFileInfo &file, const QUrl &uploadUrl)
{
    const qint64 oldest = QDateTime::currentDateTimeUtc().addDays(-kMaxAgeDays).toMSecsSinceEpoch();
    QJsonArray kept;
    for (const QJsonValue &value : load()) {
        const QJsonObject entry = value.toObject();
        const bool replaced = entry.value(kAccount).toString() == account &&
                              entry.value(kConversation).toString() == conversation &&
                              entry.value(kPath).toString() == file.absoluteFilePath();
        if (!replaced && entry.value(QStringLiteral("saved")).toInteger() >= oldest)
            kept.append(entry);
    }
    kept.append(QJsonObject{
        {kAccount, account},
        {kConversation, conversation},
        {kPath, file.absoluteFilePath()},
        {kSize, file.size()},
        {kModified, file.lastModified().toMSecsSinceEpoch()},
        {kUrl, uploadUrl.toString()},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()}});
    save(kept);
}

void PendingUploads::forget(const QString &account, const QString &conversation)
{
    QJsonArray kept;
    for (const QJsonValue &value : load()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(kAccount).toString() != account ||
            entry.value(kConversation).toString() != conversation)
            kept.append(entry);
    }
    save(kept);
}

} // namespace pli::cli
