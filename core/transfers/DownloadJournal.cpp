#include "transfers/DownloadJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pli {

namespace {

constexpr int kVersion = 1;

// "0-5,7,9-12": compact even for the 128 chunks of a 1 GiB file.
QString encodeRanges(const QBitArray &bits)
{
    QStringList parts;
    for (int i = 0; i < bits.size();) {
        if (!bits.testBit(i)) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < bits.size() && bits.testBit(j + 1))
            ++j;
        parts << (i == j ? QString::number(i) : QStringLiteral("%1-%2").arg(i).arg(j));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

bool decodeRanges(const QString &text, QBitArray &bits)
{
    if (text.isEmpty())
        return true;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok1 = false, ok2 = true;
        const int first = part.section(QLatin1Char('-'), 0, 0).toInt(&ok1);
        const int last = part.contains(QLatin1Char('-'))
                             ? part.section(QLatin1Char('-'), 1, 1).toInt(&ok2)
                             : first;
        if (!ok1 || !ok2 || first < 0 || last < first || last >= bits.size())
            return false;
        for (int i = first; i <= last; ++i)
            bits.setBit(i);
    }
    return true;
}

} // namespace

QString DownloadJournal::journalPathFor(const QString &partPath)
{
    return partPath + QStringLiteral(".journal");
}

int DownloadJournal::chunkCount() const
{
    if (size <= 0 || chunkSize <= 0)
        return 0;
    return int((size + chunkSize - 1) / chunkSize);
}

qint64 DownloadJournal::chunkLength(int index) const
{
    return qMin(chunkSize, size - chunkBegin(index));
}

bool DownloadJournal::canResume(const QUrl &sameUrl, const QString &sameAttachmentId,
                                qint64 partSize) const
{
    const bool sameResource =
        url == sameUrl || (!sameAttachmentId.isEmpty() && attachmentId == sameAttachmentId);
    return sameResource && !etag.isEmpty() && partSize == size;
}

qint64 DownloadJournal::completedBytes() const
{
    qint64 total = 0;
    for (int i = 0; i < done.size(); ++i)
        if (done.testBit(i))
            total += chunkLength(i);
    return total;
}

qint64 DownloadJournal::contiguousBytes() const
{
    qint64 total = 0;
    for (int i = 0; i < done.size() && done.testBit(i); ++i)
        total += chunkLength(i);
    return total;
}

void DownloadJournal::reset(qint64 fileSize, QByteArray newEtag)
{
    size = fileSize;
    etag = std::move(newEtag);
    done = QBitArray(chunkCount());
}

bool DownloadJournal::save(const QString &path, QString *error) const
{
    const QJsonObject object{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("attachment_id"), attachmentId},
        {QStringLiteral("target"), targetPath},
        {QStringLiteral("size"), size},
        {QStringLiteral("etag"), QString::fromLatin1(etag)},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
        {QStringLiteral("chunk_size"), chunkSize},
        {QStringLiteral("done"), encodeRanges(done)},
    };
    const QString temp = path + QStringLiteral(".new");
    // A new file of the user's alone: never one found under that name (a symbolic link would
    // make us write elsewhere).
    QFile::remove(temp);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.flush()) {
        if (error)
            *error = file.errorString();
        file.remove();
        return false;
    }
    file.close();
    // rename(2) replaces the old journal atomically; QFile::rename refuses to replace.
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(temp);
        return false;
    }
    return true;
}

std::optional<DownloadJournal> DownloadJournal::load(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isSymLink() || !file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    DownloadJournal j;
    j.url = QUrl(o.value(QStringLiteral("url")).toString());
    j.attachmentId = o.value(QStringLiteral("attachment_id")).toString();
    j.targetPath = o.value(QStringLiteral("target")).toString();
    j.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    j.etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    j.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
    j.chunkSize = qint64(o.value(QStringLiteral("chunk_size")).toDouble(0));
    if (!j.url.isValid() || j.size < 0 || j.chunkSize <= 0 || j.targetPath.isEmpty() ||
        (!j.sha256.isEmpty() && j.sha256.size() != 32))
        return std::nullopt;
    j.done = QBitArray(j.chunkCount());
    if (!decodeRanges(o.value(QStringLiteral("done")).toString(), j.done))
        return std::nullopt;
    return j;
}

} // namespace pli
