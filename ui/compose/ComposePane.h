#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pli {
class ApiClient;
class MessageSubmission;
class TransferListModel;
class TransferListUploader;
} // namespace pli

namespace pli::ui {

// "Add a message": the message box, the attached files (Browse… or drag and drop) each with its
// size and a remove button, the running total against the 1 GB limit, Submit and Cancel, and
// the progress of a MessageSubmission (core), which uploads the files through the account's
// transfer list and posts the message. A failure keeps the draft; the uploads stay with the
// pane's uploader until the draft is cleared, so Retry continues from there.
class ComposePane : public QWidget
{
    Q_OBJECT
public:
    explicit ComposePane(QWidget *parent = nullptr);

    void setTarget(ApiClient *api, TransferListModel *transfers, const QString &conversationId);
    // Forgets the text and the files (no question asked).
    void clear();
    bool hasDraft() const;
    bool isBusy() const { return m_busy; }
    // Whether the pane may be left: not while sending (it says why), and a draft only when the
    // person agrees to discard it.
    bool confirmLeave();

    // Adds files as Browse… and drag and drop do; returns false (and says why) when one cannot
    // be read or the total would pass 1 GB.
    bool addFiles(const QStringList &paths);
    void removeFile(int index);
    QStringList files() const;
    qint64 totalBytes() const;

    void submit();
    // Asks before throwing a draft away (Keep writing, the default, or Discard); true when the
    // pane may close.
    bool confirmDiscard();

Q_SIGNALS:
    void posted(const pli::Message &message);
    void failed(const pli::Error &error);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct File
    {
        QString path;
        qint64 size = 0;
    };

    void retranslate();
    void rebuildFiles();
    void updateTotal();
    void setBusy(bool busy);
    void showError(const QString &text);
    void onSubmissionFinished(MessageSubmission *submission);
    // The uploads of a new draft start afresh (a cleared draft's are not reused).
    void renewUploader();

    QPointer<ApiClient> m_api;
    QPointer<TransferListModel> m_transfers;
    TransferListUploader *m_uploader = nullptr;
    QPointer<MessageSubmission> m_submission;
    QString m_conversationId;
    QList<File> m_files;
    bool m_busy = false;
    bool m_failedOnce = false;

    QLabel *m_title;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_text;
    QPushButton *m_browse;
    QLabel *m_dropHint;
    QVBoxLayout *m_fileRows;
    QLabel *m_total;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_cancel;
};

} // namespace pli::ui
