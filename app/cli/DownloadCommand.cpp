#include "DownloadCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "ProgressLine.h"
#include "api/GetAttachmentJob.h"
#include "net/ApiClient.h"
#include "transfers/ChunkedDownload.h"
#include "transfers/DownloadJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace pli::cli {

namespace {
const QString kPartSuffix = QStringLiteral(".part");
} // namespace

ExitCode DownloadCommand::run()
{
    const QString id = context().line().arguments().value(0);
    if (const Error e = openSession())
        return fail(e);
    const auto metadata = waitFor(api()->getAttachment(id));
    if (metadata->error())
        return fail(metadata->error());
    const Attachment attachment = metadata->attachment();

    DownloadRequest request;
    request.url = api()->endpoint(QStringLiteral("/attachments/") + ApiClient::pathSegment(id) +
                                  QStringLiteral("/content"));
    request.attachmentId = id;
    request.fileName = attachment.name;
    request.sha256 = QByteArray::fromHex(attachment.sha256.toLatin1());
    if (const Error e = destination(attachment, request))
        return fail(e);
    QString path;
    if (const Error e = download(request, path))
        return fail(e);

    if (json()) {
        printJson(QJsonObject{{QStringLiteral("id"), attachment.id},
                              {QStringLiteral("name"), attachment.name},
                              {QStringLiteral("path"), path},
                              {QStringLiteral("size"), attachment.size},
                              {QStringLiteral("sha256"), attachment.sha256}});
    } else {
        context().console().out() << tr("Saved %1 (%2, SHA-256 checked).")
                                         .arg(QDir::toNativeSeparators(path),
                                              DisplayText::size(attachment.size))
                                  << Qt::endl;
    }
    return ExitCode::Ok;
}

Error DownloadCommand::destination(const Attachment &attachment, DownloadRequest &request) const
{
    const QString output = context().line().value(QStringLiteral("output"));
    const QFileInfo info(output.isEmpty() ? QDir::currentPath() : output);
    if (output.isEmpty() || info.isDir() || output.endsWith(u'/')) {
        request.directory = info.absoluteFilePath();
        request.targetPath = unfinishedTarget(request.directory, attachment.id);
        return {};
    }
    if (!info.absoluteDir().exists())
        return Error(Error::Code::FileError,
                     tr("the folder %1 does not exist").arg(info.absolutePath()));
    // An explicit file name: ChunkedDownload continues its part file, or picks "name (1)"
    // rather than replacing a file that is already there.
    request.directory = info.absolutePath();
    request.targetPath = info.absoluteFilePath();
    return {};
}

QString DownloadCommand::unfinishedTarget(const QString &directory, const QString &attachmentId)
{
    const QDir dir(directory);
    const QStringList parts =
        dir.entryList({QStringLiteral("*") + kPartSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &part : parts) {
        const QString partPath = dir.absoluteFilePath(part);
        const auto journal = DownloadJournal::load(DownloadJournal::journalPathFor(partPath));
        if (journal && journal->attachmentId == attachmentId)
            return partPath.chopped(kPartSuffix.size());
    }
    return QString();
}

Error DownloadCommand::download(const DownloadRequest &request, QString &path)
{
    ApiClient *client = api();
    ChunkedDownload job(
        client->network(), [client](QNetworkRequest &r) { client->authorize(r); }, request);
    job.setAutoDelete(false);
    // A long download may outlive its access token: renewed through the account's client.
    job.renewSessionThrough(client);
    ProgressLine progress(context().console(), request.fileName);
    connect(&job, &ChunkedDownload::progressed, this,
            [&progress](qint64 done, qint64 total, double rate, int eta) {
                progress.update(done, total, rate, eta);
            });
    job.start();
    waitUntilFinished(&job);
    progress.clear();
    if (!job.isSuccess())
        return job.error();
    path = job.targetPath();
    return {};
}

} // namespace pli::cli
