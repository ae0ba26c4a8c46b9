#pragma once

#include <QList>
#include <QPointer>
#include <QScrollArea>

class QVBoxLayout;

namespace pli {
class MessageThreadModel;
}

namespace pli::ui {

class AttachmentDownloads;
class MessageCard;

// The messages of a thread as cards, newest at the bottom, scrolled to it when the thread opens.
// Cards are built only for the rows loaded, and for long threads in batches as the reader scrolls
// up, so that hundreds of messages never become hundreds of widgets at once. A card's "Open"
// opens its message through the thread model.
class MessageCardList : public QScrollArea
{
    Q_OBJECT
public:
    // Cards built at once when a long thread is loaded, and again each time the top is reached.
    static constexpr int BuildBatch = 20;

    explicit MessageCardList(AttachmentDownloads *downloads, QWidget *parent = nullptr);

    // Follows `thread` (owned by the caller; null shows nothing).
    void setThread(MessageThreadModel *thread);
    QList<MessageCard *> cards() const { return m_cards; }
    MessageCard *cardFor(const QString &messageId) const;
    // The older messages inserted next ("show next", "show all") are scrolled into view.
    void revealNextOlderMessages() { m_scrollToNewTop = true; }

private:
    void rebuild();
    void buildOlderCards(int count);
    MessageCard *makeCard(int row);
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last);
    void scrollToBottom();
    // Tab reaches the cards right after the list, oldest first, before what lies below it.
    void orderTabs();

    QPointer<AttachmentDownloads> m_downloads;
    QPointer<MessageThreadModel> m_thread;
    QWidget *m_host;
    QVBoxLayout *m_layout;
    QList<MessageCard *> m_cards; // the rows [firstBuiltRow, rowCount)
    int m_firstBuiltRow = 0;
    bool m_scrollToNewTop = false;
    bool m_pinnedToBottom = false; // follow the range to the bottom until the layout settles
};

} // namespace pli::ui
