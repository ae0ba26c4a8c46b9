#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace pli {
class ApiClient;
class MessageThreadModel;
class TransferListModel;
} // namespace pli

namespace pli::ui {

class AttachmentDownloads;
class ComposePane;
class MessageCard;
class MessageCardList;
class StatePane;

// One conversation, read and answered: the header (title, owner and organisation, Print, Back),
// "Showing 5 of 7 messages" with "Show next"/"Show all", the messages as cards with the newest
// at the bottom (MessageCardList), a read-only banner when the collaborator is gone, and "Post a
// message" with its compose pane.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    // Shows a conversation of the account behind `api`; downloads and uploads go through
    // `transfers` (both stay owned by the caller).
    void open(ApiClient *api, TransferListModel *transfers, const QString &conversationId);
    QString conversationId() const;
    ConversationDetails details() const { return m_details; }
    bool isLoading() const;

    MessageThreadModel *thread() const { return m_thread; }
    AttachmentDownloads *downloads() const { return m_downloads; }
    ComposePane *compose() const { return m_compose; }
    QList<MessageCard *> cards() const;
    MessageCard *cardFor(const QString &messageId) const;

    QLabel *titleLabel() const { return m_title; }
    QLabel *ownerLabel() const { return m_owner; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *showNextButton() const { return m_showNext; }
    QPushButton *showAllButton() const { return m_showAll; }
    QLabel *readOnlyBanner() const { return m_banner; }
    QPushButton *postButton() const { return m_post; }
    QToolButton *printButton() const { return m_print; }
    QToolButton *backButton() const { return m_back; }
    QScrollArea *scrollArea() const;
    StatePane *statePane() const { return m_state; }

    // Prints every message (the whole thread is loaded first) through the print dialog, or
    // straight to a PDF file; exported() / exportFailed() tell how the file went.
    void print();
    void exportToPdf(const QString &path);
    void exportToPdfInteractive();

    // Goes back to the list unless a draft is being written and the person keeps it.
    bool requestBack();
    // Before the view is left any other way (another page, another conversation): asks about a
    // draft (Keep writing / Discard) and forgets it when discarded. False when the person keeps
    // writing or a reply is being submitted.
    bool confirmLeave();

Q_SIGNALS:
    void backRequested();
    // A message was opened: the unread counts shown elsewhere are stale.
    void unreadChanged();
    void loaded();
    void exported(const QString &path);
    void exportFailed(const QString &path, const QString &reason);
    void messagePosted(const pli::Message &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildHeader(QVBoxLayout *layout);
    void retranslate();
    void updateCounts();
    void onDetails();
    void showCompose(bool show);
    // Runs `then` once every message of the thread is loaded.
    void withWholeThread(std::function<void()> then);
    bool writePdf(const QString &path, QString *reason) const;

    QPointer<ApiClient> m_api;
    QPointer<TransferListModel> m_transfers;
    MessageThreadModel *m_thread = nullptr;
    AttachmentDownloads *m_downloads;
    ConversationDetails m_details;
    bool m_detailsFailed = false;
    Error m_detailsError;
    QList<std::function<void()>> m_afterWholeThread;

    QLabel *m_title;
    QLabel *m_owner;
    QToolButton *m_print;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QToolButton *m_back;
    QLabel *m_count;
    QPushButton *m_showNext;
    QPushButton *m_showAll;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    StatePane *m_state;
    MessageCardList *m_cards;
    QPushButton *m_post;
    ComposePane *m_compose;
};

} // namespace pli::ui
