#include "ReplyCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "PendingUploads.h"
#include "ProgressLine.h"
#include "api/GetConversationJob.h"
#include "api/PostMessageJob.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"
#include "transfers/TusUpload.h"

#include <QMimeDatabase>

namespace pli::cli {

QString ReplyCommand::accountKey() const
{
    return CredentialStore::keyFor(session().choice().server, session().choice().username);
}

ExitCode ReplyCommand::run()
{
    const CommandLine &line = context().line();
    const QString conversation = line.arguments().value(0);
    if (!line.isSet(QStringLiteral("message")))
        return usage(tr("reply needs the text of the message: --message TEXT"));
    const QString body = line.value(QStringLiteral("message"));
    QList<QFileInfo> files;
    QStringList paths;
    for (const QString &path : line.values(QStringLiteral("attach"))) {
        files.append(QFileInfo(path));
        paths.append(files.last().absoluteFilePath());
    }
    // Before signing in or sending a byte: a file that is missing or too large is wrong
    // input (status 2), whatever the server would say.
    if (const Error e = TusUpload::checkAttachments(paths)) {
        fail(e);
        return ExitCode::Usage;
    }

    if (const Error e = openSession())
        return fail(e);
    const auto details = waitFor(api()->getConversation(conversation));
    if (details->error())
        return fail(details->error());
    if (details->details().readOnly)
        return fail(Error(Error::Code::ReadOnly));

    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files))
        total += file.size();
    PendingUploads pending;
    QStringList uploadIds;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString label = files.size() > 1 ? QStringLiteral("%1 (%2/%3)")
                                                     .arg(files.at(i).fileName())
                                                     .arg(i + 1)
                                                     .arg(files.size())
                                               : files.at(i).fileName();
        QString uploadId;
        if (const Error e = upload(conversation, files.at(i), total - files.at(i).size(), label,
                                   pending, uploadId))
            return fail(e);
        uploadIds.append(uploadId);
    }

    const auto post = waitFor(api()->postMessage(conversation, body, uploadIds));
    if (post->error())
        return fail(post->error());
    pending.forget(accountKey(), conversation);
    const Message message = post->message();
    if (json()) {
        printJson(JsonEncoding::message(message));
        return ExitCode::Ok;
    }
    context().console().out() << tr("Message %1 posted with %n attachment(s).", nullptr,
                                    int(message.attachments.size()))
                                     .arg(DisplayText::safe(message.id))
                              << Qt::endl;
    return ExitCode::Ok;
}

Error ReplyCommand::upload(const QString &conversation, const QFileInfo &file, qint64 otherBytes,
                           const QString &label, PendingUploads &pending, QString &uploadId)
{
    ApiClient *client = api();
    UploadRequest request;
    request.endpoint = client->endpoint(QStringLiteral("/uploads"));
    request.filePath = file.absoluteFilePath();
    request.fileName = file.fileName();
    request.contentType = QMimeDatabase().mimeTypeForFile(file).name();
    request.otherAttachmentsBytes = otherBytes;
    request.uploadUrl = pending.find(accountKey(), conversation, file);
    TusUpload job(
        client->network(), [client](QNetworkRequest &r) { client->authorize(r); }, request);
    job.setAutoDelete(false);
    job.renewSessionThrough(client);
    connect(&job, &TusUpload::uploadUrlChanged, this,
            [&](const QUrl &url) { pending.remember(accountKey(), conversation, file, url); });
    ProgressLine progress(context().console(), label);
    connect(&job, &TusUpload::progressed, this,
            [&progress](qint64 done, qint64 all, double rate, int eta) {
                progress.update(done, all, rate, eta);
            });
    job.start();
    waitUntilFinished(&job);
    progress.clear();
    if (!job.isSuccess())
        return job.error();
    uploadId = job.uploadId();
    return {};
}

} // namespace pli::cli
