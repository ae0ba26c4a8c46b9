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
class TransferListModel;
} // namespace pli

namespace pli::ui {

// "Add a message": the message box, the attached files (Browse… or drag and drop) each with its
// size and a remove button, the running total against the 1 GB limit, Submit and Cancel.
// Submitting uploads the files (tus, through the account's transfer list), then posts the
// message. A failure keeps the text and the finished uploads, so Retry continues from there.
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

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *totalLabel() const { return m_total; }
    QProgressBar *progressBar() const { return m_progress; }

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
        QString transferId; // the upload, once started
        QString uploadId;   // once finished
    };

    void retranslate();
    void rebuildFiles();
    void updateTotal();
    void setBusy(bool busy);
    void showError(const QString &text);
    void continueSubmit();
    void onTransferFinished(const QString &transferId, bool success);
    void onTransfersChanged();
    void post();
    // After a post refused for an upload the server no longer has: sends that file again.
    bool sendForgottenUploadAgain(const Error &error);

    QPointer<ApiClient> m_api;
    QPointer<TransferListModel> m_transfers;
    QString m_conversationId;
    QList<File> m_files;
    bool m_busy = false;
    bool m_failedOnce = false;
    bool m_sentAgain = false; // this submission already re-sent a file the server forgot

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
