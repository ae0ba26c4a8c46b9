#pragma once

#include "api/Types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace pli::ui {

class AttachmentDownloads;

// One attachment under a message: its type icon, "name (size)" as a link that downloads it, the
// progress in place while it downloads, then "Open" and "Show in folder" (or why it failed,
// with another click to try again).
class AttachmentRow : public QWidget
{
    Q_OBJECT
public:
    AttachmentRow(const Attachment &attachment, AttachmentDownloads *downloads,
                  QWidget *parent = nullptr);

    Attachment attachment() const { return m_attachment; }
    QToolButton *downloadButton() const { return m_name; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    QProgressBar *progressBar() const { return m_progress; }
    QString downloadedPath() const { return m_path; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Attachment m_attachment;
    QPointer<AttachmentDownloads> m_downloads;
    QToolButton *m_name;
    QProgressBar *m_progress;
    QPushButton *m_open;
    QPushButton *m_showInFolder;
    QLabel *m_error;
    QString m_path;
};

} // namespace pli::ui
