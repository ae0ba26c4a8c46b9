#include "ComposePane.h"

#include "DroppedFiles.h"
#include "conversation/MessageText.h"
#include "messages/MessageSubmission.h"
#include "messages/TransferListUploader.h"
#include "models/TransferListModel.h"
#include "net/ApiClient.h"
#include "transfers/TusUpload.h"
#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pli::ui {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
// The limit reads "1 GB", not "1.0 GB".
QString limitText()
{
    return QLocale().formattedDataSize(TusUpload::maxFileSize, 0,
                                       QLocale::DataSizeTraditionalFormat);
}
} // namespace

ComposePane::ComposePane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_messageLabel(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_browse(new QPushButton)
    , m_dropHint(new QLabel)
    , m_fileRows(new QVBoxLayout)
    , m_total(new QLabel)
    , m_error(new QLabel)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_submit(new QPushButton)
    , m_cancel(new QPushButton)
{
    setAcceptDrops(true);
    // Files dropped on the text box come to the pane (attachments), not into the text.
    m_text->setAcceptDrops(false);
    m_text->setObjectName(QStringLiteral("composeText"));
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(160); // the thread above keeps most of the room
    m_text->setTabChangesFocus(true);
    m_messageLabel->setBuddy(m_text);
    setFocusProxy(m_text);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_browse->setObjectName(QStringLiteral("composeBrowse"));
    m_browse->setIcon(Icons::icon(QStringLiteral("attach")));
    m_dropHint->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));
    m_fileRows->setContentsMargins(0, 0, 0, 0);
    m_fileRows->setSpacing(2);
    m_total->setObjectName(QStringLiteral("composeTotal"));
    m_error->setObjectName(QStringLiteral("composeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("composeProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status->hide();
    m_submit->setObjectName(QStringLiteral("composeSubmit"));
    m_submit->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("composeCancel"));

    auto *browseRow = new QHBoxLayout;
    browseRow->addWidget(m_browse);
    browseRow->addWidget(m_dropHint, 1);
    browseRow->addWidget(m_total);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(browseRow);
    layout->addLayout(m_fileRows);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_submit, &QPushButton::clicked, this, &ComposePane::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy) {
            // Stops the uploads in flight; what finished stays for a later Submit.
            if (m_submission)
                m_submission->cancel();
            return;
        }
        if (confirmDiscard()) {
            clear();
            Q_EMIT cancelled();
        }
    });
    retranslate();
    updateTotal();
}

void ComposePane::setTarget(ApiClient *api, TransferListModel *transfers,
                            const QString &conversationId)
{
    m_api = api;
    m_transfers = transfers;
    m_conversationId = conversationId;
    renewUploader();
}

void ComposePane::renewUploader()
{
    if (m_uploader)
        m_uploader->deleteLater();
    m_uploader = new TransferListUploader(m_transfers, this);
}

void ComposePane::clear()
{
    m_text->clear();
    m_files.clear();
    m_failedOnce = false;
    renewUploader();
    m_error->hide();
    rebuildFiles();
    retranslate();
}

bool ComposePane::hasDraft() const
{
    return !m_text->toPlainText().trimmed().isEmpty() || !m_files.isEmpty();
}

QStringList ComposePane::files() const
{
    QStringList paths;
    for (const File &file : m_files)
        paths.append(file.path);
    return paths;
}

qint64 ComposePane::totalBytes() const
{
    qint64 total = 0;
    for (const File &file : m_files)
        total += file.size;
    return total;
}

bool ComposePane::addFiles(const QStringList &paths)
{
    if (m_busy)
        return false;
    QStringList all = files();
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            showError(DroppedFiles::folderRefusal(path));
            return false;
        }
        if (!all.contains(path))
            all.append(path);
    }
    // Refused here, before a single byte is sent: the server would refuse it anyway.
    const Error problem = TusUpload::checkAttachments(all);
    if (problem.code() != Error::Code::None) {
        showError(problem.code() == Error::Code::TooLarge
                      ? tr("These files cannot be attached: a message may carry at most %1 of "
                           "attachments in all, and they would make %2.")
                            .arg(limitText(), sizeText([&] {
                                     qint64 sum = 0;
                                     for (const QString &p : all)
                                         sum += QFileInfo(p).size();
                                     return sum;
                                 }()))
                      : problem.message());
        return false;
    }
    for (const QString &path : paths) {
        if (files().contains(path))
            continue;
        m_files.append(File{path, QFileInfo(path).size()});
    }
    m_error->hide();
    rebuildFiles();
    return true;
}

void ComposePane::removeFile(int index)
{
    if (m_busy || index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    rebuildFiles();
}

void ComposePane::rebuildFiles()
{
    while (QLayoutItem *item = m_fileRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const QFileInfo info(m_files.at(i).path);
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel;
        icon->setPixmap(Icons::pixmap(QStringLiteral("file"), 16, devicePixelRatioF()));
        auto *name = new QLabel(MessageText::fileLabel(info.fileName(), m_files.at(i).size));
        name->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton;
        remove->setObjectName(QStringLiteral("removeAttachment"));
        remove->setIcon(Icons::icon(QStringLiteral("delete")));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove %1").arg(info.fileName()));
        remove->setAccessibleName(remove->toolTip());
        remove->setAccessibleDescription(tr("The file stays on your computer"));
        remove->setEnabled(!m_busy);
        connect(remove, &QToolButton::clicked, this, [this, i] { removeFile(i); });
        layout->addWidget(icon);
        layout->addWidget(name);
        layout->addWidget(remove);
        layout->addStretch();
        m_fileRows->addWidget(row);
    }
    updateTotal();
}

void ComposePane::updateTotal()
{
    m_total->setVisible(!m_files.isEmpty());
    m_total->setText(tr("Total: %1 of %2").arg(sizeText(totalBytes()), limitText()));
}

void ComposePane::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ComposePane::setBusy(bool busy)
{
    m_busy = busy;
    m_text->setReadOnly(busy);
    m_browse->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setVisible(busy);
    m_progress->setValue(0);
    for (auto *remove : findChildren<QToolButton *>(QStringLiteral("removeAttachment")))
        remove->setEnabled(!busy);
    retranslate();
}

void ComposePane::submit()
{
    if (m_busy)
        return;
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showError(tr("Write a message before submitting it."));
        m_text->setFocus();
        return;
    }
    const Error problem = TusUpload::checkAttachments(files());
    if (problem.code() != Error::Code::None) {
        showError(problem.message());
        return;
    }
    if (!m_api || !m_transfers) {
        showError(tr("This account is not connected."));
        return;
    }
    m_error->hide();
    setBusy(true);
    auto *submission = new MessageSubmission(
        m_api, m_uploader, {m_conversationId, m_text->toPlainText(), files()}, this);
    m_submission = submission;
    connect(submission, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_status->setText(tr("Uploading %1 of %2…").arg(sizeText(done), sizeText(total)));
    });
    connect(submission, &MessageSubmission::posting, this, [this] {
        m_status->setText(tr("Posting the message…"));
        m_progress->setValue(1000);
    });
    connect(submission, &Job::finished, this,
            [this, submission] { onSubmissionFinished(submission); });
    submission->start();
}

void ComposePane::onSubmissionFinished(MessageSubmission *submission)
{
    m_submission = nullptr;
    setBusy(false);
    const Error error = submission->error();
    if (submission->isSuccess()) {
        const Message message = submission->message();
        clear();
        Q_EMIT posted(message);
        return;
    }
    if (error.code() == Error::Code::Cancelled)
        return; // asked for: the draft simply stays
    m_failedOnce = true;
    retranslate();
    if (!submission->failedFile().isEmpty())
        showError(tr("%1 could not be uploaded: %2 Your message is kept; Retry continues where "
                     "it stopped.")
                      .arg(QFileInfo(submission->failedFile()).fileName(), error.message()));
    else
        showError(
            tr("The message could not be posted: %1 It is kept; try again.").arg(error.message()));
    Q_EMIT failed(error);
}

bool ComposePane::confirmLeave()
{
    if (m_busy) {
        showError(tr("Your message is being sent. Wait until it appears, or choose Cancel to "
                     "stop sending it."));
        return false;
    }
    return confirmDiscard();
}

bool ComposePane::confirmDiscard()
{
    if (!hasDraft())
        return true;
    QMessageBox question(QMessageBox::Question, tr("Discard the message?"),
                         tr("The message you are writing has not been submitted. Discard it?"),
                         QMessageBox::NoButton, this);
    QPushButton *keep = question.addButton(tr("Keep writing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepWriting"));
    QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraft"));
    // Keeping is the safe answer: Enter and Escape both keep the draft.
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == discard;
}

void ComposePane::retranslate()
{
    m_title->setText(tr("Add a message"));
    m_messageLabel->setText(tr("&Message"));
    m_text->setPlaceholderText(tr("Write your message here"));
    m_browse->setText(tr("Browse…"));
    m_dropHint->setText(tr("or drop files here (up to %1 in all)").arg(limitText()));
    //: The button that resumes a submission that failed (uploads continue where they stopped).
    m_submit->setText(m_failedOnce ? tr("Retry") : tr("Submit"));
    m_cancel->setText(tr("Cancel"));
    updateTotal();
    m_text->setAccessibleDescription(tr("The text of your reply"));
    m_browse->setAccessibleName(tr("Attach files"));
    m_browse->setAccessibleDescription(m_dropHint->text());
    m_submit->setAccessibleDescription(tr("Send the message and its attachments"));
    m_cancel->setAccessibleDescription(tr("Stop sending, or discard the message"));
}

void ComposePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComposePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_busy && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComposePane::dropEvent(QDropEvent *event)
{
    if (m_busy)
        return;
    const DroppedFiles dropped(event->mimeData()->urls());
    const bool added = !dropped.files().isEmpty() && addFiles(dropped.files());
    if (added)
        event->acceptProposedAction();
    if (!dropped.refusal().isEmpty()) {
        // After addFiles, which clears the error when it succeeds; its own refusal stays first.
        showError(added || dropped.files().isEmpty()
                      ? dropped.refusal()
                      : m_error->text() + QLatin1Char('\n') + dropped.refusal());
    }
}

} // namespace pli::ui
