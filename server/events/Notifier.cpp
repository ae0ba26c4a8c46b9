#include "Notifier.h"

#include "Clock.h"
#include "ConversationRecords.h"
#include "Database.h"
#include "EmailLinks.h"
#include "EventBus.h"
#include "Language.h"
#include "Log.h"
#include "Mailer.h"
#include "NoticeMail.h"
#include "PersonaRecords.h"
#include "ServerContext.h"
#include "UnreadQueries.h"
#include "UserRecords.h"

namespace pli::server {

Notifier::Notifier(ServerContext &ctx, bool silent)
    : m_ctx(ctx)
    , m_silent(silent)
{}

void Notifier::messagePosted(const std::string &conversationId, const std::string &senderPersonaId,
                             const std::string &messageId, bool startsConversation)
{
    if (m_silent)
        return;
    auto &db = *m_ctx.db;
    const auto title = ConversationRecords::title(db, conversationId);
    const auto sender = PersonaRecords::card(db, senderPersonaId);
    if (!title || !sender)
        return;
    const auto now = nowSeconds();
    for (const auto &member : ConversationRecords::members(db, conversationId)) {
        const nlohmann::json ids = {{"conversation_id", conversationId},
                                    {"persona_id", member.personaId}};
        if (member.personaId == senderPersonaId) {
            m_ctx.events->publish(member.userId, "conversation.updated", ids);
            continue;
        }
        // What a desktop notification shows, so that the client need not ask (asking for the
        // conversation would mark it seen): who wrote, where; never the message itself.
        nlohmann::json created = ids;
        created["message_id"] = messageId;
        created["conversation_title"] = *title;
        created["sender"] = sender->actor();
        created["starts_conversation"] = startsConversation;
        m_ctx.events->publish(member.userId, "message.created", created);
        m_ctx.events->publish(
            member.userId, "persona.unread",
            {{"persona_id", member.personaId},
             {"unread_count", UnreadQueries::unreadConversations(db, member.personaId, now)}});
        m_ctx.events->publish(member.userId, "conversation.updated", ids);
        if (member.userActive) {
            const auto user = UserRecords::byId(db, member.userId);
            const auto notice = NoticeMail::compose(
                mailLanguageOf(user ? user->language : std::nullopt, m_ctx.config),
                EmailLinks(m_ctx.config.publicUrl), sender->email, *title, conversationId,
                startsConversation);
            m_mail.push_back({member.email, notice.subject, notice.body});
        }
    }
}

void Notifier::unreadChanged(const std::string &personaId)
{
    if (m_silent)
        return;
    const std::string userId = PersonaRecords::userOf(*m_ctx.db, personaId);
    if (userId.empty())
        return;
    m_ctx.events->publish(
        userId, "persona.unread",
        {{"persona_id", personaId},
         {"unread_count", UnreadQueries::unreadConversations(*m_ctx.db, personaId, nowSeconds())}});
}

void Notifier::conversationUpdated(const std::string &conversationId, const std::string &personaId)
{
    if (m_silent)
        return;
    const std::string userId = PersonaRecords::userOf(*m_ctx.db, personaId);
    if (userId.empty())
        return;
    m_ctx.events->publish(userId, "conversation.updated",
                          {{"conversation_id", conversationId}, {"persona_id", personaId}});
}

void Notifier::deliverMail()
{
    auto mail = std::move(m_mail);
    m_mail.clear();
    for (const auto &m : mail) {
        try {
            m_ctx.mailer->send(m.to, m.subject, m.body);
        } catch (const std::exception &e) {
            // The message is stored; a lost notice must not turn the request into a failure.
            logLine(std::string("notice to ") + m.to + " not sent: " + e.what());
        }
    }
}

} // namespace pli::server
