#include "ConversationActions.h"

#include "ApiError.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "ConversationQueries.h"
#include "ConversationRecords.h"
#include "ConversationWriter.h"
#include "Database.h"
#include "EmailAddress.h"
#include "MessageQueries.h"
#include "MessageRecords.h"
#include "Notifier.h"
#include "PersonaRecords.h"
#include "ServerContext.h"

#include <set>

namespace pli::server {

namespace {
// Attaches the caller's uploads to the new message, inside the writer's transaction.
std::function<void(const std::string &)> attachUploads(ServerContext &ctx,
                                                       const std::string &userId,
                                                       const std::vector<std::string> &uploads)
{
    if (uploads.empty())
        return {};
    return [&ctx, userId, uploads](const std::string &messageId) {
        ctx.attachments->attachUploads(*ctx.db, messageId, userId, uploads);
    };
}
} // namespace

ConversationActions::ConversationActions(ServerContext &ctx, Principal caller)
    : m_ctx(ctx)
    , m_caller(std::move(caller))
{}

void ConversationActions::requireMayStart() const
{
    if (m_caller.role != "collaborator")
        throw ApiError(403, "participants_cannot_start",
                       "Participants take part in conversations; only collaborators start them.");
}

nlohmann::json ConversationActions::start(const NewConversation &conversation)
{
    auto &db = *m_ctx.db;
    Notifier notifier(m_ctx);
    const nlohmann::json created = db.transaction([&] {
        const auto owner = PersonaRecords::ownedCard(db, conversation.personaId, m_caller.userId);
        if (!owner)
            throw ApiError::notFound();
        if (!owner->verified)
            throw ApiError(403, "persona_unverified",
                           "Verify this address before starting a conversation from it.");
        std::vector<PersonaCard> participants;
        std::set<std::string> seen{owner->id};
        nlohmann::json unknown = nlohmann::json::array();
        for (const auto &email : conversation.participants) {
            const auto card = PersonaRecords::cardByEmail(db, trimmed(email));
            if (!card)
                unknown.push_back(email);
            else if (seen.insert(card->id).second)
                participants.push_back(*card);
        }
        if (!unknown.empty())
            throw ApiError(422, "unknown_participants",
                           "Some addresses do not belong to anyone in Pli.",
                           {{"participants", unknown}});
        if (participants.empty())
            throw ApiError(400, "invalid_request", "Name at least one participant besides you.",
                           {{"field", "participants"}});
        MessageDraft draft;
        draft.body = conversation.body;
        draft.attach = attachUploads(m_ctx, m_caller.userId, conversation.uploads);
        ConversationWriter writer(db, notifier);
        const std::string id = writer.create(*owner, conversation.title, participants, draft);
        return ConversationQueries::detail(db, id);
    });
    notifier.deliverMail();
    return created;
}

nlohmann::json ConversationActions::read(const std::string &conversationId)
{
    auto &db = *m_ctx.db;
    return db.transaction([&] {
        const auto persona =
            ConversationRecords::memberPersona(db, conversationId, m_caller.userId);
        if (!persona)
            throw ApiError::notFound();
        ConversationRecords::markSeen(db, conversationId, *persona);
        return ConversationQueries::detail(db, conversationId);
    });
}

void ConversationActions::removeFromList(const std::string &personaId,
                                         const std::vector<std::string> &ids)
{
    auto &db = *m_ctx.db;
    Notifier notifier(m_ctx);
    db.transaction([&] {
        if (!PersonaRecords::ownedCard(db, personaId, m_caller.userId))
            throw ApiError::notFound();
        bool changed = false;
        // Ids the persona does not take part in are ignored: nothing to say about them.
        for (const auto &id : std::set<std::string>(ids.begin(), ids.end())) {
            if (!ConversationRecords::removeFromList(db, id, personaId))
                continue;
            ConversationRecords::recordActivity(db, id, personaId, "deleted", nowSeconds());
            notifier.conversationUpdated(id, personaId);
            changed = true;
        }
        if (changed)
            notifier.unreadChanged(personaId);
    });
}

nlohmann::json ConversationActions::post(const std::string &conversationId, const std::string &body,
                                         const std::vector<std::string> &uploads)
{
    auto &db = *m_ctx.db;
    Notifier notifier(m_ctx);
    const nlohmann::json message = db.transaction([&] {
        const auto persona =
            ConversationRecords::memberPersona(db, conversationId, m_caller.userId);
        if (!persona)
            throw ApiError::notFound();
        ConversationWriter::checkBody(body);
        MessageDraft draft;
        draft.body = body;
        draft.attach = attachUploads(m_ctx, m_caller.userId, uploads);
        ConversationWriter writer(db, notifier);
        const std::string messageId = writer.post(conversationId, *persona, draft);
        return MessageQueries(db, *persona, m_caller.userId, nowSeconds()).one(messageId);
    });
    notifier.deliverMail();
    return message;
}

void ConversationActions::open(const std::string &messageId)
{
    auto &db = *m_ctx.db;
    Notifier notifier(m_ctx);
    db.transaction([&] {
        const auto message = MessageRecords::find(db, messageId);
        if (!message)
            throw ApiError::notFound();
        const auto persona =
            ConversationRecords::memberPersona(db, message->conversationId, m_caller.userId);
        if (!persona)
            throw ApiError::notFound();
        const auto now = nowSeconds();
        if (message->expiresAt && *message->expiresAt <= now)
            throw ApiError(410, "message_expired",
                           "The message has expired: its text and attachments are gone.");
        ConversationRecords::markSeen(db, message->conversationId, *persona);
        if (message->senderPersonaId == *persona)
            return; // one's own messages count as opened already
        if (!MessageRecords::markOpened(db, messageId, *persona, now))
            return;
        ConversationRecords::recordActivity(db, message->conversationId, *persona, "opened", now);
        notifier.unreadChanged(*persona);
    });
}

} // namespace pli::server
