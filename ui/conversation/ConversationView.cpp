#include "ConversationView.h"

#include "AttachmentDownloads.h"
#include "MessageCard.h"
#include "MessageCardList.h"
#include "api/GetConversationJob.h"
#include "compose/ComposePane.h"
#include "models/MessageThreadModel.h"
#include "models/TransferListModel.h"
#include "net/ApiClient.h"
#include "print/ThreadDocument.h"
#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"
#include "widgets/StatePane.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace pli::ui {

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_downloads(new AttachmentDownloads(this))
    , m_title(new QLabel)
    , m_owner(new QLabel)
    , m_print(new QToolButton)
    , m_back(new QToolButton)
    , m_count(new QLabel)
    , m_showNext(new QPushButton)
    , m_showAll(new QPushButton)
    , m_banner(new QLabel)
    , m_stack(new QStackedWidget)
    , m_state(new StatePane)
    , m_cards(new MessageCardList(m_downloads))
    , m_post(new QPushButton)
    , m_compose(new ComposePane)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildHeader(layout);

    m_count->setObjectName(QStringLiteral("messageCount"));
    auto *paging = new QHBoxLayout;
    paging->setContentsMargins(12, 8, 12, 8);
    paging->setSpacing(8); // the outer layout's spacing is 0, which the buttons would inherit
    paging->addWidget(m_count);
    paging->addStretch();
    paging->addWidget(m_showNext);
    paging->addWidget(m_showAll);
    layout->addLayout(paging);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Error, palette(),
                                                            QStringLiteral("8px 12px")));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stack->addWidget(m_state);
    m_stack->addWidget(m_cards);
    layout->addWidget(m_stack, 1);

    m_post->setObjectName(QStringLiteral("postMessage"));
    m_post->setIcon(Icons::icon(QStringLiteral("envelope-closed")));
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 8, 12, 8);
    bottom->addStretch();
    bottom->addWidget(m_post);
    layout->addLayout(bottom);
    m_compose->hide();
    layout->addWidget(m_compose);

    connect(m_showNext, &QPushButton::clicked, this, [this] {
        m_cards->revealNextOlderMessages();
        m_thread->showNext();
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_cards->revealNextOlderMessages();
        m_thread->showAll();
    });
    connect(m_post, &QPushButton::clicked, this, [this] { showCompose(true); });
    connect(m_compose, &ComposePane::cancelled, this, [this] { showCompose(false); });
    connect(m_compose, &ComposePane::posted, this, [this](const Message &message) {
        showCompose(false);
        if (m_thread)
            m_thread->appendMessage(message);
        Q_EMIT messagePosted(message);
    });
    connect(m_state, &StatePane::retryRequested, this, [this] {
        if (m_api && m_thread)
            open(m_api, m_transfers, m_thread->conversationId());
    });
    retranslate();
}

ConversationView::~ConversationView() = default;

void ConversationView::buildHeader(QVBoxLayout *layout)
{
    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("conversationHeader"));
    header->setStyleSheet(QStringLiteral(
        "QFrame#conversationHeader { background: #2f5f8a; }"
        "QFrame#conversationHeader QLabel { color: white; }"
        "QFrame#conversationHeader QToolButton { color: white; border: none; padding: 4px; }"
        "QFrame#conversationHeader QToolButton:hover { background: #3d74a6; border-radius: 4px; "
        "}"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_owner->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("conversationTitle"));

    m_print->setIcon(Icons::pixmap(QStringLiteral("print"), 24, devicePixelRatioF()));
    m_print->setIconSize(QSize(24, 24));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_print);
    m_printAction = menu->addAction(Icons::icon(QStringLiteral("print")), QString(), this,
                                    &ConversationView::print);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    m_pdfAction = menu->addAction(Icons::icon(QStringLiteral("file")), QString(), this,
                                  &ConversationView::exportToPdfInteractive);
    m_print->setMenu(menu);

    m_back->setIcon(Icons::pixmap(QStringLiteral("back"), 24, devicePixelRatioF()));
    m_back->setIconSize(QSize(24, 24));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QString light = QStringLiteral("QToolButton { background: white; color: #2f5f8a; "
                                         "border-radius: 4px; padding: 4px 8px; }");
    m_back->setStyleSheet(light);
    m_print->setStyleSheet(light);
    connect(m_back, &QToolButton::clicked, this, &ConversationView::requestBack);
    // Back, Alt+Left and Escape all return to the list.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Back), QKeySequence(Qt::Key_Back),
                                     QKeySequence(Qt::Key_Escape)}) {
        auto *back = new QAction(this);
        back->setShortcut(keys);
        back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QAction::triggered, this, &ConversationView::requestBack);
        addAction(back);
    }

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_owner);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(16, 10, 12, 10);
    row->addLayout(texts, 1);
    row->addWidget(m_print);
    row->addWidget(m_back);
    layout->addWidget(header);
}

void ConversationView::open(ApiClient *api, TransferListModel *transfers,
                            const QString &conversationId)
{
    m_api = api;
    m_transfers = transfers;
    m_details = {};
    m_detailsFailed = false;
    m_afterWholeThread.clear();
    showCompose(false);
    // Not before the details say whether the conversation is read-only (and that it exists).
    m_post->setEnabled(false);
    m_banner->hide();
    m_compose->clear();
    m_compose->setTarget(api, transfers, conversationId);
    m_downloads->setAccount(api, transfers);
    delete m_thread;
    m_thread = new MessageThreadModel(api, this);
    m_cards->setThread(m_thread);
    connect(m_thread, &QAbstractItemModel::modelReset, this, &ConversationView::updateCounts);
    connect(m_thread, &QAbstractItemModel::rowsInserted, this, &ConversationView::updateCounts);
    connect(m_thread, &MessageThreadModel::loaded, this, [this] {
        updateCounts();
        m_stack->setCurrentWidget(m_cards);
        if (m_thread->remaining() == 0) {
            const auto pending = std::exchange(m_afterWholeThread, {});
            for (const auto &then : pending)
                then();
        }
        Q_EMIT loaded();
    });
    connect(m_thread, &MessageThreadModel::failed, this, [this](const Error &error) {
        if (!m_thread->hasLoaded())
            m_state->showError(tr("The messages could not be loaded"), error.message());
        m_afterWholeThread.clear();
    });
    connect(m_thread, &MessageThreadModel::messageOpened, this, &ConversationView::unreadChanged);

    m_state->showLoading(tr("Loading the conversation…"));
    m_stack->setCurrentWidget(m_state);
    retranslate();
    m_thread->setConversation(conversationId);

    GetConversationJob *job = api->getConversation(conversationId);
    connect(job, &Job::finished, this, [this, job, conversationId] {
        if (!m_thread || m_thread->conversationId() != conversationId)
            return;
        if (job->isSuccess()) {
            m_details = job->details();
        } else {
            m_detailsFailed = true;
            m_detailsError = job->error();
        }
        onDetails();
    });
}

QString ConversationView::conversationId() const
{
    return m_thread ? m_thread->conversationId() : QString();
}

bool ConversationView::isLoading() const
{
    return m_thread && m_thread->isLoading();
}

QList<MessageCard *> ConversationView::cards() const
{
    return m_cards->cards();
}

MessageCard *ConversationView::cardFor(const QString &messageId) const
{
    return m_cards->cardFor(messageId);
}

QScrollArea *ConversationView::scrollArea() const
{
    return m_cards;
}

void ConversationView::onDetails()
{
    const bool readOnly = m_details.readOnly;
    m_banner->setVisible(readOnly);
    m_post->setEnabled(!readOnly && !m_detailsFailed);
    if (readOnly)
        showCompose(false);
    retranslate();
}

void ConversationView::updateCounts()
{
    const int shown = m_thread ? m_thread->shownCount() : 0;
    const int total = m_thread ? m_thread->total() : 0;
    const int next = m_thread ? m_thread->nextCount() : 0;
    //: %1 is how many messages are shown, %n how many the conversation has in all.
    m_count->setText(tr("Showing %1 of %n message(s).", nullptr, total).arg(shown));
    m_count->setVisible(m_thread && m_thread->hasLoaded());
    m_showNext->setText(tr("Show next %n message(s)", nullptr, next));
    m_showAll->setText(tr("Show all %n message(s)", nullptr, total));
    m_showNext->setAccessibleDescription(tr("Show the older messages above, a few at a time"));
    m_showAll->setAccessibleDescription(tr("Show every message of this conversation"));
    // Both while messages remain, as the portal showed them, even when they would load the same.
    m_showNext->setVisible(next > 0);
    m_showAll->setVisible(m_thread && m_thread->remaining() > 0);
}

void ConversationView::showCompose(bool show)
{
    if (show && (m_details.readOnly || !m_post->isEnabled()))
        return;
    m_compose->setVisible(show);
    m_post->setVisible(!show);
    if (show)
        m_compose->setFocus(); // the message box, its focus proxy
}

bool ConversationView::requestBack()
{
    if (!confirmLeave())
        return false;
    Q_EMIT backRequested();
    return true;
}

bool ConversationView::confirmLeave()
{
    if (!m_compose->confirmLeave())
        return false;
    m_compose->clear();
    showCompose(false);
    return true;
}

void ConversationView::withWholeThread(std::function<void()> then)
{
    if (!m_thread)
        return;
    if (m_thread->hasLoaded() && m_thread->remaining() == 0 && !m_thread->isLoading()) {
        then();
        return;
    }
    m_afterWholeThread.append(std::move(then));
    if (m_thread->hasLoaded() && !m_thread->isLoading())
        m_thread->showAll();
}

bool ConversationView::writePdf(const QString &path, QString *reason) const
{
    QList<Message> messages;
    for (int row = 0; row < m_thread->rowCount(); ++row)
        messages.append(m_thread->message(row));
    return ThreadDocument::exportPdf(m_details, messages, path, reason);
}

void ConversationView::exportToPdf(const QString &path)
{
    withWholeThread([this, path] {
        QString reason;
        if (writePdf(path, &reason))
            Q_EMIT exported(path);
        else
            Q_EMIT exportFailed(path, reason);
    });
}

void ConversationView::exportToPdfInteractive()
{
    const QString suggested = m_downloads->directory() + QLatin1Char('/') +
                              (m_details.title.isEmpty() ? tr("Conversation") : m_details.title) +
                              QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportToPdf(path);
}

void ConversationView::print()
{
    withWholeThread([this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(m_details.title);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the conversation"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        QList<Message> messages;
        for (int row = 0; row < m_thread->rowCount(); ++row)
            messages.append(m_thread->message(row));
        ThreadDocument::print(m_details, messages, &printer);
    });
}

void ConversationView::retranslate()
{
    m_title->setText(m_details.title);
    QString owner = m_details.owner.email;
    if (!m_details.owner.organization.isEmpty())
        owner += QStringLiteral(" – ") + m_details.owner.organization;
    m_owner->setText(
        m_detailsFailed
            ? tr("The conversation details could not be loaded: %1").arg(m_detailsError.message())
            : owner);
    m_print->setText(tr("Print"));
    m_print->setToolTip(tr("Print or export to PDF"));
    m_printAction->setText(tr("&Print…"));
    m_pdfAction->setText(tr("&Export to PDF…"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the conversation list (Esc)"));
    m_banner->setText(tr("This conversation is read-only: the account of the collaborator who "
                         "started it is no longer active. You can read its messages and download "
                         "its attachments, but no new message can be posted."));
    //: Opens the pane to write a reply (the participant guide calls it "Afficher un message").
    m_post->setText(tr("Post a message"));
    m_post->setToolTip(m_details.readOnly ? tr("This conversation is read-only.") : QString());
    updateCounts();
    m_print->setAccessibleDescription(m_print->toolTip());
    m_back->setAccessibleDescription(m_back->toolTip());
    m_post->setAccessibleDescription(m_details.readOnly ? tr("This conversation is read-only.")
                                                        : tr("Write a reply in this conversation"));
    m_cards->setAccessibleName(tr("Messages"));
    m_cards->setAccessibleDescription(tr("The messages of this conversation, oldest first"));
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConversationView::showEvent(QShowEvent *event)
{
    // Closing the window while a reply is being written asks first, wherever the view lives.
    if (QWidget *top = window(); top && top != this)
        top->installEventFilter(this);
    QWidget::showEvent(event);
}

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    // Also when another page hides the view: the draft would be lost all the same.
    if (event->type() == QEvent::Close && watched == window() && m_compose->hasDraft() &&
        !m_compose->confirmDiscard()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pli::ui
