#include "ConversationWriter.h"

#include "ApiError.h"
#include "Clock.h"
#include "ConversationQueries.h"
#include "ConversationRecords.h"
#include "Crypto.h"
#include "Database.h"
#include "EmailAddress.h"
#include "MessageRecords.h"
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
    ConversationRecords::insert(m_db, id, trimmed(title), owner.id, sentAt);
    ConversationRecords::addOwner(m_db, id, owner.id, sentAt);
    for (const auto &participant : participants)
        ConversationRecords::addParticipant(m_db, id, participant.id, sentAt);
    ConversationRecords::recordActivity(m_db, id, owner.id, "created", sentAt);
    const std::string messageId = insertMessage(id, owner.id, first, sentAt);
    m_notifier.messagePosted(id, owner.id, messageId, true);
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
    ConversationRecords::touch(m_db, conversationId, sentAt);
    // Like e-mail: a new message brings a deleted conversation back into every member's list.
    ConversationRecords::restoreToLists(m_db, conversationId);
    ConversationRecords::markSeen(m_db, conversationId, senderPersonaId);
    const std::string messageId = insertMessage(conversationId, senderPersonaId, draft, sentAt);
    m_notifier.messagePosted(conversationId, senderPersonaId, messageId, false);
    return messageId;
}

std::string ConversationWriter::insertMessage(const std::string &conversationId,
                                              const std::string &senderPersonaId,
                                              const MessageDraft &draft, std::int64_t sentAt)
{
    const std::string id = crypto::randomId("m_");
    MessageRecords::insert(m_db, id, conversationId, senderPersonaId, draft.body, sentAt,
                           draft.expiresAt.value_or(sentAt + messageLifetime));
    ConversationRecords::recordActivity(m_db, conversationId, senderPersonaId, "posted", sentAt);
    // Last, so that the store moves upload files only once everything else is written.
    if (draft.attach)
        draft.attach(id);
    return id;
}

} // namespace pli::server
