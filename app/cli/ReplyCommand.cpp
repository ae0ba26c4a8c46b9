#include "ReplyCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "PendingUploads.h"
#include "ProgressLine.h"
#include "accounts/Account.h"
#include "api/GetConversationJob.h"
#include "messages/MessageSubmission.h"
#include "messages/QueuedUploader.h"
#include "net/ApiClient.h"
#include "transfers/TusUpload.h"

namespace pli::cli {

QString ReplyCommand::accountKey() const
{
    return Account::keyOf(session().choice().server, session().choice().username);
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

    const QString account = accountKey();
    PendingUploads pending;
    QueuedUploader uploader(api());
    for (const QFileInfo &file : std::as_const(files))
        uploader.setResumeUrl(file.absoluteFilePath(), pending.find(account, conversation, file));
    connect(&uploader, &QueuedUploader::uploadUrlChanged, this,
            [&](const QString &path, const QUrl &url) {
                pending.remember(account, conversation, QFileInfo(path), url);
            });
    // One line for the file on the wire, "name (2/3)" when there are several.
    ProgressLine progress(context().console(), QString());
    connect(&uploader, &AttachmentUploader::progressed, this,
            [&](const QString &path, qint64 done, qint64 all, double rate, int eta) {
                const qsizetype index = paths.indexOf(path);
                const QString name = QFileInfo(path).fileName();
                progress.setLabel(
                    paths.size() > 1
                        ? QStringLiteral("%1 (%2/%3)").arg(name).arg(index + 1).arg(paths.size())
                        : name);
                progress.update(done, all, rate, eta);
            });
    MessageSubmission submission(api(), &uploader, {conversation, body, paths});
    submission.setAutoDelete(false);
    submission.start();
    waitUntilFinished(&submission);
    progress.clear();
    if (submission.error())
        return fail(submission.error());
    pending.forget(account, conversation);
    const Message message = submission.message();
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

} // namespace pli::cli
