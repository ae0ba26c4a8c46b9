#include "ConversationWriter.h"

#include "ApiError.h"
#include "Clock.h"
#include "ConversationRecords.h"
#include "ConversationQueries.h"
#include "Crypto.h"
#include "Database.h"
#include "EmailAddress.h"
#include "Notifier.h"
#include "PersonaCard.h"

namespace pli::server {

namespace {
ApiError fieldError(const std::string &field, const std::string &detail)
{
    return ApiError(400, "invalid_request", detail, {{"field", field}});
}
} // namespace

ConversationWriter::ConversationWriter(Database &db, Notifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{}

void ConversationWriter::checkBody(const std::string &body)
{
    if (trimmed(body).empty())
        throw fieldError("body", "The message is empty.");
    if (characterCount(body) > maxBodyCharacters)
        throw fieldError("body", "The message is longer than 100000 characters.");
}

void ConversationWriter::checkTitle(const std::string &title)
{
    if (trimmed(title).empty())
        throw fieldError("title", "The title is empty.");
    if (characterCount(title) > maxTitleCharacters)
        throw fieldError("title", "The title is longer than 200 characters.");
    if (hasControlCharacter(title))
        throw fieldError("title", "The title holds a control character (such as a line break).");
}

std::string ConversationWriter::create(const PersonaCard &owner, const std::string &title,
                                       const std::vector<PersonaCard> &participants,
                                       const MessageDraft &first)
{
    const std::int64_t sentAt = first.sentAt.value_or(nowSeconds());
    const std::string id = crypto::randomId("c_");
    m_db.execute("INSERT INTO conversations(id, title, owner_persona_id, created_at, modified_at) "
                 "VALUES (?, ?, ?, ?, ?)",
                 id, trimmed(title), owner.id, sentAt, sentAt);
    m_db.execute("INSERT INTO conversation_members(conversation_id, persona_id, role, is_new, "
                 "joined_at) VALUES (?, ?, 'collaborator', 0, ?)",
                 id, owner.id, sentAt);
    for (const auto &participant : participants)
        m_db.execute("INSERT OR IGNORE INTO conversation_members(conversation_id, persona_id, "
                     "role, is_new, joined_at) VALUES (?, ?, 'participant', 1, ?)",
                     id, participant.id, sentAt);
    recordActivityAt(m_db, id, owner.id, "created", sentAt);
    insertMessage(id, owner.id, first, sentAt);
    m_notifier.messagePosted(id, owner.id);
    return id;
}

std::string ConversationWriter::post(const std::string &conversationId,
                                     const std::string &senderPersonaId, const MessageDraft &draft)
{
    if (ConversationQueries::isReadOnly(m_db, conversationId))
        throw ApiError(403, "conversation_read_only",
                       "The conversation's collaborator no longer has an active account: its "
                       "messages can be read but no longer answered.");
    const std::int64_t sentAt = draft.sentAt.value_or(nowSeconds());
    m_db.execute("UPDATE conversations SET modified_at = MAX(modified_at, ?) WHERE id = ?", sentAt,
                 conversationId);
    // Like e-mail: a new message brings a deleted conversation back into every member's list.
    m_db.execute("UPDATE conversation_members SET deleted = 0 WHERE conversation_id = ?",
                 conversationId);
    m_db.execute("UPDATE conversation_members SET is_new = 0 WHERE conversation_id = ? AND "
                 "persona_id = ?",
                 conversationId, senderPersonaId);
    const std::string messageId = insertMessage(conversationId, senderPersonaId, draft, sentAt);
    m_notifier.messagePosted(conversationId, senderPersonaId);
    return messageId;
}

std::string ConversationWriter::insertMessage(const std::string &conversationId,
                                              const std::string &senderPersonaId,
                                              const MessageDraft &draft, std::int64_t sentAt)
{
    const std::string id = crypto::randomId("m_");
    m_db.execute("INSERT INTO messages(id, conversation_id, sender_persona_id, body, sent_at, "
                 "expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                 id, conversationId, senderPersonaId, draft.body, sentAt,
                 draft.expiresAt.value_or(sentAt + messageLifetime));
    recordActivityAt(m_db, conversationId, senderPersonaId, "posted", sentAt);
    // Last, so that the store moves upload files only once everything else is written.
    if (draft.attach)
        draft.attach(id);
    return id;
}

} // namespace pli::server
