#include "MessageCard.h"

#include "AttachmentDownloads.h"
#include "AttachmentRow.h"
#include "MessageText.h"
#include "widgets/DateTimeText.h"
#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

namespace {
// Expiry dates closer than this are highlighted: the reader should download in time.
constexpr qint64 SoonSeconds = 7 * 24 * 3600;
} // namespace

MessageCard::MessageCard(const Message &message, AttachmentDownloads *downloads, QWidget *parent)
    : QWidget(parent)
    , m_message(message)
    , m_downloads(downloads)
    , m_card(new QFrame)
    , m_figure(new QLabel)
    , m_sender(new QLabel)
    , m_dates(new QLabel)
    , m_envelope(new QLabel)
    , m_open(new QPushButton)
    , m_body(new QLabel)
    , m_more(new QPushButton)
    , m_expired(new QLabel)
    , m_attachments(new QVBoxLayout)
{
    m_card->setObjectName(message.mine ? QStringLiteral("mineCard") : QStringLiteral("otherCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }")
            .arg(m_card->objectName(),
                 PaletteColors::cardBackground(message.mine, palette()).name(),
                 PaletteColors::cardBorder(palette()).name()));
    m_card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_figure->setPixmap(
        Icons::pixmap(message.mine ? QStringLiteral("person-self") : QStringLiteral("person"), 40,
                      devicePixelRatioF()));
    m_figure->setAlignment(Qt::AlignTop);
    m_sender->setTextFormat(Qt::PlainText);
    QFont bold = m_sender->font();
    bold.setBold(true);
    m_sender->setFont(bold);
    m_sender->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dates->setTextFormat(Qt::RichText);
    m_dates->setWordWrap(true);
    m_envelope->setPixmap(
        Icons::pixmap(QStringLiteral("envelope-closed"), 32, devicePixelRatioF()));
    m_open->setObjectName(QStringLiteral("openMessage"));
    m_open->setIcon(Icons::icon(QStringLiteral("envelope-open")));
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setFlat(true);
    m_more->setCursor(Qt::PointingHandCursor);
    m_more->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); border: none; "
                                         "text-align: left; padding: 0; }"));
    m_expired->setWordWrap(true);
    m_expired->setStyleSheet(
        PaletteColors::textStyleSheet(PaletteColors::Tone::Warning, palette()));

    auto *envelopeRow = new QHBoxLayout;
    envelopeRow->addWidget(m_envelope);
    envelopeRow->addWidget(m_open);
    envelopeRow->addStretch();
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch();

    auto *inside = new QVBoxLayout(m_card);
    inside->setContentsMargins(12, 10, 12, 10);
    inside->addWidget(m_sender);
    inside->addWidget(m_dates);
    inside->addLayout(envelopeRow);
    inside->addWidget(m_body);
    inside->addLayout(moreRow);
    inside->addWidget(m_expired);
    inside->addLayout(m_attachments);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    // The others' messages on the left with their figure, one's own on the right (as the
    // portal did), leaving room on the other side so the two stand apart.
    if (message.mine) {
        outer->addSpacing(80);
        outer->addWidget(m_card, 1);
        outer->addWidget(m_figure);
    } else {
        outer->addWidget(m_figure);
        outer->addWidget(m_card, 1);
        outer->addSpacing(80);
    }

    connect(m_open, &QPushButton::clicked, this, [this] {
        m_open->setEnabled(false);
        Q_EMIT openRequested(m_message.id);
    });
    connect(m_more, &QPushButton::clicked, this, [this] { setExpanded(!m_expanded); });
    retranslate();
    rebuild();
}

void MessageCard::setMessage(const Message &message)
{
    m_message = message;
    rebuild();
}

void MessageCard::setExpanded(bool expanded)
{
    m_expanded = expanded;
    showBody();
    retranslate();
}

void MessageCard::rebuild()
{
    const bool closed = !m_message.opened && !m_message.mine && !m_message.expired;
    m_envelope->setVisible(closed);
    m_open->setVisible(closed);
    m_open->setEnabled(true);
    m_expired->setVisible(m_message.expired);
    m_body->setVisible(!closed && !m_message.expired);

    qDeleteAll(m_attachmentRows);
    m_attachmentRows.clear();
    if (!closed && !m_message.expired) {
        for (const Attachment &attachment : std::as_const(m_message.attachments)) {
            auto *row = new AttachmentRow(attachment, m_downloads);
            m_attachments->addWidget(row);
            m_attachmentRows.append(row);
        }
    }
    showBody();
    retranslate();
}

void MessageCard::showBody()
{
    const bool visible = m_body->isVisibleTo(this);
    const bool isLong = MessageText::isLong(m_message.body);
    m_more->setVisible(visible && isLong);
    m_body->setText(MessageText::toHtml(
        m_expanded || !isLong ? m_message.body : MessageText::collapsed(m_message.body)));
}

void MessageCard::retranslate()
{
    const Party &sender = m_message.sender;
    QString who = sender.label();
    if (!sender.displayName.isEmpty() && sender.displayName != sender.email)
        who += QStringLiteral(" <%1>").arg(sender.email);
    if (!sender.organization.isEmpty())
        who += QStringLiteral(" – ") + sender.organization;
    m_sender->setText(who);

    QString dates = tr("Sent %1").arg(DateTimeText::dateTime(m_message.sentAt).toHtmlEscaped());
    if (m_message.expiresAt) {
        const QString expiry = DateTimeText::dateTime(*m_message.expiresAt).toHtmlEscaped();
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*m_message.expiresAt);
        const QString text = tr("Expires on %1").arg(expiry);
        dates += QStringLiteral(" · ");
        dates +=
            !m_message.expired && left < SoonSeconds
                ? QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                      .arg(PaletteColors::text(PaletteColors::Tone::Error, palette()).name(), text)
                : text;
    }
    m_dates->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(PaletteColors::mutedText(palette()).name(), dates));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open this message (the sender sees that you opened it)"));
    m_more->setText(m_expanded ? tr("Less") : tr("More…"));
    m_expired->setText(tr("This message has expired: its text and attachments are no longer "
                          "available."));
    //: Screen-reader description of a message's text; %1 is the sender
    m_body->setAccessibleDescription(tr("Message from %1").arg(who));
    m_more->setAccessibleDescription(m_expanded ? tr("Show only the beginning of the message")
                                                : tr("Show the whole message"));
    //: Screen-reader description of the line naming who sent a message
    m_sender->setAccessibleDescription(tr("Sender"));
}

void MessageCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
