#pragma once

#include "Job.h"
#include "api/Types.h"

#include <QPointer>
#include <QStringList>

namespace pli {

class ApiClient;
class AttachmentUploader;
class PostMessageJob;
struct UploadRequest;

// A reply to send: its conversation, its text and the files to attach, in order.
struct OutgoingMessage
{
    QString conversationId;
    QString body;
    QStringList files; // local paths; a file named twice is attached once
};

// Sends a message with its attachments, the one way the desktop and pli-cli both do it: uploads
// each file through an AttachmentUploader (all at once or one after the other, the uploader's
// choice), then posts the message naming the uploads. When the server answers that it no longer
// has one of them (404 naming its upload_id: a finished upload outlived its lifetime), that file
// is uploaded again, once per submission, and the message posted again.
// Progress (Job::progress) counts the attachment bytes on the server; posting() says the post
// started. A failure leaves the draft to the caller; the uploader keeps the finished uploads (a
// failed upload stops none of the others), so submitting the same draft again continues where
// this submission stopped. cancel() stops the uploads under way and the post.
class MessageSubmission : public Job
{
    Q_OBJECT
public:
    MessageSubmission(ApiClient *api, AttachmentUploader *uploader, OutgoingMessage message,
                      QObject *parent = nullptr);
    ~MessageSubmission() override;

    const OutgoingMessage &outgoing() const { return m_outgoing; }
    qint64 totalBytes() const;
    // Once succeeded: the message as the server stored it.
    Message message() const { return m_message; }
    // Once failed: the file whose upload failed (empty when the post did).
    QString failedFile() const { return m_failedFile; }

Q_SIGNALS:
    // Every file is on the server: the message is being posted.
    void posting();

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct File
    {
        QString path;
        qint64 size = 0;
        qint64 sent = 0;
        QString uploadId; // once on the server
    };

    UploadRequest requestFor(const File &file) const;
    void onUploadProgressed(const QString &path, qint64 sent);
    void onUploadFinished(const QString &path, const QString &uploadId, const Error &error);
    void reportProgress();
    void post();
    void onPosted(PostMessageJob *job);
    // After a post refused for an upload the server no longer has: sends that file again.
    bool uploadAgain(const Error &error);
    void fail(const Error &error);
    void detach();

    QPointer<ApiClient> m_api;
    QPointer<AttachmentUploader> m_uploader;
    OutgoingMessage m_outgoing;
    QList<File> m_files;
    QPointer<PostMessageJob> m_post;
    bool m_uploadedAgain = false;
    Message m_message;
    QString m_failedFile;
};

} // namespace pli
