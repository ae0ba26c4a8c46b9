#include "MessageCardList.h"

#include "AttachmentDownloads.h"
#include "MessageCard.h"
#include "models/MessageThreadModel.h"
#include "widgets/TabOrder.h"

#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pli::ui {

MessageCardList::MessageCardList(AttachmentDownloads *downloads, QWidget *parent)
    : QScrollArea(parent)
    , m_downloads(downloads)
    , m_host(new QWidget)
    , m_layout(new QVBoxLayout(m_host))
{
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    setWidget(m_host);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Building older cards when the reader reaches the top keeps long threads light.
    // The range grows only once the scroll area has laid new cards out (a posted layout
    // request, after whatever asked to scroll): follow it to the bottom until then.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_pinnedToBottom)
            verticalScrollBar()->setValue(maximum);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_firstBuiltRow > 0)
            buildOlderCards(BuildBatch);
    });
}

void MessageCardList::setThread(MessageThreadModel *thread)
{
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr);
    m_thread = thread;
    m_scrollToNewTop = false;
    if (thread) {
        connect(thread, &QAbstractItemModel::modelReset, this, &MessageCardList::rebuild);
        connect(thread, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(thread, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    onDataChanged(from.row(), to.row());
                });
    }
    rebuild();
}

MessageCard *MessageCardList::cardFor(const QString &messageId) const
{
    for (MessageCard *card : m_cards)
        if (card->message().id == messageId)
            return card;
    return nullptr;
}

void MessageCardList::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_firstBuiltRow = m_thread ? m_thread->rowCount() : 0;
    buildOlderCards(BuildBatch);
}

MessageCard *MessageCardList::makeCard(int row)
{
    auto *card = new MessageCard(m_thread->message(row), m_downloads);
    connect(card, &MessageCard::openRequested, this, [this](const QString &id) {
        if (m_thread)
            m_thread->openMessage(m_thread->rowOf(id));
    });
    return card;
}

void MessageCardList::buildOlderCards(int count)
{
    if (!m_thread || m_firstBuiltRow <= 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    const int first = qMax(0, m_firstBuiltRow - count);
    for (int row = m_firstBuiltRow - 1; row >= first; --row) {
        MessageCard *card = makeCard(row);
        m_layout->insertWidget(0, card);
        m_cards.prepend(card);
    }
    m_firstBuiltRow = first;
    // Keep what the reader was looking at in place while cards appear above it.
    m_host->adjustSize();
    m_layout->activate();
    bar->setValue(bar->maximum() - fromBottom);
    orderTabs();
}

void MessageCardList::orderTabs()
{
    TabOrder::placeAfter(this, {m_cards.cbegin(), m_cards.cend()});
}

void MessageCardList::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (first == 0 && m_thread->rowCount() > count) {
        // Older messages above ("show next", "show all").
        m_firstBuiltRow += count;
        buildOlderCards(qMin(count, BuildBatch));
        if (std::exchange(m_scrollToNewTop, false))
            QTimer::singleShot(0, this, [this] {
                if (!m_cards.isEmpty())
                    ensureWidgetVisible(m_cards.first(), 0, 0);
            });
    } else if (first == 0) {
        // The first page.
        m_firstBuiltRow = m_thread->rowCount();
        buildOlderCards(BuildBatch);
        scrollToBottom();
    } else {
        // A message just posted, at the bottom.
        for (int row = first; row <= last; ++row) {
            MessageCard *card = makeCard(row);
            m_layout->insertWidget(m_layout->count() - 1, card);
            m_cards.append(card);
        }
        orderTabs();
        scrollToBottom();
    }
}

void MessageCardList::onDataChanged(int first, int last)
{
    for (int row = qMax(first, m_firstBuiltRow); row <= last; ++row)
        if (row - m_firstBuiltRow < m_cards.size())
            m_cards.at(row - m_firstBuiltRow)->setMessage(m_thread->message(row));
    orderTabs(); // a card opened shows its attachments
}

void MessageCardList::scrollToBottom()
{
    m_pinnedToBottom = true;
    m_layout->activate();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    QTimer::singleShot(250, this, [this] { m_pinnedToBottom = false; });
}

} // namespace pli::ui
