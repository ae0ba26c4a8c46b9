#pragma once

#include "api/Types.h"
#include "models/TransferListModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace pli {
class ApiClient;
class TransferListModel;
} // namespace pli

namespace pli::ui {

// Downloads the attachments a person clicks in a conversation through the account's transfer
// list (so they appear in the transfers panel and resume after a restart), into the download
// folder or where the person says when the settings ask so, and tells the attachment rows how
// each one is going.
class AttachmentDownloads : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        None,
        Running,
        Done,
        Failed
    };
    struct Status
    {
        State state = State::None;
        qint64 done = 0;
        qint64 total = -1;
        QString path;  // the file, once downloaded
        QString error; // translated, when failed
    };

    // Asks where a file goes, starting from `suggestedPath`; returns the chosen path, or an
    // empty string when the person cancels. A save dialog unless replaced (tests answer it).
    using SaveLocationQuestion =
        std::function<QString(QWidget *dialogParent, const QString &suggestedPath)>;

    explicit AttachmentDownloads(QObject *parent = nullptr);

    void setAccount(ApiClient *api, TransferListModel *transfers);
    TransferListModel *transfers() const { return m_transfers; }
    // Where files go without a question: the user's Downloads folder unless set.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const;
    void setSaveLocationQuestion(SaveLocationQuestion question);

    // Starts (or restarts after a failure) the download of `attachment`, first asking where to
    // save it when DownloadPreferences say so (over `dialogParent`); cancelling starts nothing.
    void download(const Attachment &attachment, QWidget *dialogParent = nullptr);
    Status status(const QString &attachmentId) const { return m_status.value(attachmentId); }

Q_SIGNALS:
    void statusChanged(const QString &attachmentId);

private:
    void onRowsChanged(int first, int last);

    QPointer<ApiClient> m_api;
    QPointer<TransferListModel> m_transfers;
    QString m_directory;
    SaveLocationQuestion m_askSaveLocation;
    QHash<QString, QString> m_attachmentOfTransfer; // transfer id -> attachment id
    QHash<QString, Status> m_status;                // attachment id -> status
};

} // namespace pli::ui
