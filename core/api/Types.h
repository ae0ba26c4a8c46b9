#pragma once

#include "api/ConversationPageSize.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The typed results of the protocol (../shared/design/protocol.md), decoded by api/Decoders.h.
// Plain values: copy them freely. Times are UTC QDateTimes; show them with toLocalTime().
namespace pli {

// A person as the server shows them: a conversation's owner, a sender, a participant.
struct Party
{
    QString email;
    QString displayName;  // may be empty
    QString organization; // may be empty
    // The name to show: the display name, or the e-mail address when there is none.
    QString label() const { return displayName.isEmpty() ? email : displayName; }
    friend bool operator==(const Party &, const Party &) = default;
};

// One e-mail address of a profile; the UI shows one tab per persona.
struct Persona
{
    QString id;
    QString email;
    QString displayName;
    int unreadCount = 0;
    int conversationCount = 0;
    bool verified = true; // false until the e-mailed code confirms a newly added address
    friend bool operator==(const Persona &, const Persona &) = default;
};

enum class Role
{
    Participant,
    Collaborator
};

// GET /me: the signed-in profile.
struct Me
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Participant;
    QList<Persona> personas;
    friend bool operator==(const Me &, const Me &) = default;
};

// One row of a persona's conversation list.
struct ConversationSummary
{
    QString id;
    QString title;
    Party owner;
    QDateTime createdAt;
    QDateTime modifiedAt;
    bool unread = false;   // some message not opened yet (bubble icon)
    bool isNew = false;    // never opened at all (bold)
    bool readOnly = false; // its collaborator is deactivated (red, no posting)
    int messageCount = 0;
    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

// One page of GET /personas/{id}/conversations.
struct ConversationPage
{
    QList<ConversationSummary> items;
    int page = 1;
    int perPage = ConversationPageSize::standard;
    int total = 0;
    int pages = 0;
    friend bool operator==(const ConversationPage &, const ConversationPage &) = default;
};

// GET /conversations/{id}.
struct ConversationDetails
{
    QString id;
    QString title;
    Party owner;
    QList<Party> participants;
    bool readOnly = false;
    int messageCount = 0;
    friend bool operator==(const ConversationDetails &, const ConversationDetails &) = default;
};

// A file attached to a message; sha256 is lowercase hex (64 characters).
struct Attachment
{
    QString id;
    QString name;
    qint64 size = 0;
    QString contentType;
    QString sha256;
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

struct Message
{
    QString id;
    Party sender;
    bool mine = false;
    QDateTime sentAt;
    std::optional<QDateTime> expiresAt; // none: never expires
    bool opened = false;
    bool expired = false; // past expiresAt: body and attachments are no longer available
    QString body;
    QList<Attachment> attachments;
    friend bool operator==(const Message &, const Message &) = default;
};

// One page of GET /conversations/{id}/messages: items oldest to newest, the newest page first.
struct MessagePage
{
    QList<Message> items;
    int total = 0;
    bool hasMore = false; // older messages exist before items.first()
    friend bool operator==(const MessagePage &, const MessagePage &) = default;
};

enum class ActivityAction
{
    Created,
    Posted,
    Opened,
    Downloaded,
    Deleted
};

struct ActivityEntry
{
    Party actor;
    ActivityAction action = ActivityAction::Created;
    QDateTime at;
    friend bool operator==(const ActivityEntry &, const ActivityEntry &) = default;
};

// An address-book entry.
struct Contact
{
    QString id;
    QString email;
    QString displayName;
    friend bool operator==(const Contact &, const Contact &) = default;
};

enum class SortOrder
{
    Ascending,
    Descending
};
enum class ConversationSort
{
    Modified,
    Title,
    Owner
};
enum class ActivitySort
{
    Name,
    Activity,
    Date
};

// The parameters of a conversation list request. perPage is one of ConversationPageSize::choices.
struct ConversationQuery
{
    int page = 1;
    int perPage = ConversationPageSize::standard;
    ConversationSort sort = ConversationSort::Modified;
    SortOrder order = SortOrder::Descending;
    QString q; // search text, empty: all
    friend bool operator==(const ConversationQuery &, const ConversationQuery &) = default;
};

// A message that arrived for one of the user's personas (the event message.created): who wrote
// and where, never the message. The fields after the ids are empty when the server does not
// send them (servers before they existed).
struct MessageArrival
{
    QString conversationId;
    QString personaId; // the recipient
    QString messageId;
    QString conversationTitle;
    Party sender;
    bool startsConversation = false; // the conversation's first message
    friend bool operator==(const MessageArrival &, const MessageArrival &) = default;
};

// POST /conversations (collaborators only).
struct NewConversation
{
    QString personaId;
    QString title;
    QStringList participants; // e-mail addresses
    QString body;
    QStringList uploadIds; // finished tus uploads to attach
};

} // namespace pli

Q_DECLARE_METATYPE(pli::Persona)
Q_DECLARE_METATYPE(pli::ConversationSummary)
Q_DECLARE_METATYPE(pli::Message)
Q_DECLARE_METATYPE(pli::Attachment)
Q_DECLARE_METATYPE(pli::ActivityEntry)
Q_DECLARE_METATYPE(pli::Contact)
Q_DECLARE_METATYPE(pli::MessageArrival)
