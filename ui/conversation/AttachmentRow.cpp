#include "AttachmentRow.h"

#include "AttachmentDownloads.h"
#include "MessageText.h"
#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

namespace pli::ui {

namespace {

QIcon typeIcon(const Attachment &attachment)
{
    const QMimeDatabase mimes;
    QMimeType type = mimes.mimeTypeForName(attachment.contentType);
    if (!type.isValid() || type.isDefault())
        type = mimes.mimeTypeForFile(attachment.name, QMimeDatabase::MatchExtension);
    const QString name = type.name();
    if (name.contains(QLatin1String("spreadsheet")) || name.contains(QLatin1String("excel")) ||
        name == QLatin1String("text/csv"))
        return Icons::icon(QStringLiteral("spreadsheet"));
    return QIcon::fromTheme(type.iconName(), Icons::icon(QStringLiteral("file")));
}

} // namespace

AttachmentRow::AttachmentRow(const Attachment &attachment, AttachmentDownloads *downloads,
                             QWidget *parent)
    : QWidget(parent)
    , m_attachment(attachment)
    , m_downloads(downloads)
    , m_name(new QToolButton)
    , m_progress(new QProgressBar)
    , m_open(new QPushButton)
    , m_showInFolder(new QPushButton)
    , m_error(new QLabel)
{
    m_name->setObjectName(QStringLiteral("attachmentLink"));
    m_name->setAutoRaise(true);
    m_name->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_name->setIcon(typeIcon(attachment));
    m_name->setIconSize(QSize(20, 20));
    m_name->setCursor(Qt::PointingHandCursor);
    m_name->setText(MessageText::fileLabel(attachment.name, attachment.size));
    m_name->setStyleSheet(QStringLiteral("QToolButton { color: palette(link); }"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_error->setObjectName(QStringLiteral("attachmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_progress);
    layout->addWidget(m_open);
    layout->addWidget(m_showInFolder);
    layout->addWidget(m_error, 1);
    layout->addStretch();

    connect(m_name, &QToolButton::clicked, this, [this] {
        if (m_downloads)
            m_downloads->download(m_attachment, this);
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    if (downloads)
        connect(downloads, &AttachmentDownloads::statusChanged, this, [this](const QString &id) {
            if (id == m_attachment.id)
                refresh();
        });
    retranslate();
    refresh();
}

void AttachmentRow::refresh()
{
    const auto status =
        m_downloads ? m_downloads->status(m_attachment.id) : AttachmentDownloads::Status{};
    using State = AttachmentDownloads::State;
    m_path = status.path;
    m_progress->setVisible(status.state == State::Running);
    if (status.state == State::Running) {
        const qint64 total = status.total > 0 ? status.total : m_attachment.size;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(status.done * 1000 / total) : 0);
    }
    m_open->setVisible(status.state == State::Done);
    m_showInFolder->setVisible(status.state == State::Done);
    m_error->setVisible(status.state == State::Failed);
    m_error->setText(status.error);
    m_name->setEnabled(status.state != State::Running);
}

void AttachmentRow::retranslate()
{
    m_open->setText(tr("Open"));
    m_showInFolder->setText(tr("Show in folder"));
    m_name->setToolTip(tr("Download to your computer"));
    //: Screen-reader name of an attachment's download button; %1 is the file name and size
    m_name->setAccessibleName(tr("Download %1").arg(m_name->text()));
    m_name->setAccessibleDescription(m_name->toolTip());
    m_open->setAccessibleDescription(tr("Open the downloaded file with its application"));
    m_showInFolder->setAccessibleDescription(tr("Show the downloaded file in its folder"));
}

void AttachmentRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
