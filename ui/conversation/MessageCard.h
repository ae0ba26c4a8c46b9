#pragma once

#include "api/Types.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pli::ui {

class AttachmentDownloads;
class AttachmentRow;

// One message of a conversation as a card: the others' on the left with their figure, the
// participant's own on the right; sender, organisation, sent and expiry dates; the body
// collapsed with "More…"/"Less"; the attachments. An unopened message shows a closed envelope
// with "Open" until it is opened.
class MessageCard : public QWidget
{
    Q_OBJECT
public:
    MessageCard(const Message &message, AttachmentDownloads *downloads, QWidget *parent = nullptr);

    void setMessage(const Message &message);
    Message message() const { return m_message; }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

    QPushButton *openButton() const { return m_open; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *bodyLabel() const { return m_body; }
    QLabel *datesLabel() const { return m_dates; }
    QList<AttachmentRow *> attachmentRows() const { return m_attachmentRows; }

Q_SIGNALS:
    void openRequested(const QString &messageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void showBody();

    Message m_message;
    QPointer<AttachmentDownloads> m_downloads;
    bool m_expanded = false;
    QFrame *m_card;
    QLabel *m_figure;
    QLabel *m_sender;
    QLabel *m_dates;
    QLabel *m_envelope;
    QPushButton *m_open;
    QLabel *m_body;
    QPushButton *m_more;
    QLabel *m_expired;
    QVBoxLayout *m_attachments;
    QList<AttachmentRow *> m_attachmentRows;
};

} // namespace pli::ui
