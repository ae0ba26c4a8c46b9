#include "Notifier.h"

#include "Clock.h"
#include "Database.h"
#include "EventBus.h"
#include "Log.h"
#include "Mailer.h"
#include "ServerContext.h"
#include "UnreadQueries.h"

namespace pli::server {

Notifier::Notifier(ServerContext &ctx, bool silent)
    : m_ctx(ctx)
    , m_silent(silent)
{}

std::string Notifier::userOf(const std::string &personaId)
{
    auto st = m_ctx.db->query("SELECT user_id FROM personas WHERE id = ?", personaId);
    return st.next() ? st.text(0) : std::string();
}

void Notifier::messagePosted(const std::string &conversationId, const std::string &senderPersonaId)
{
    if (m_silent)
        return;
    auto &db = *m_ctx.db;
    std::string title;
    std::string senderEmail;
    {
        auto st = db.query("SELECT c.title, p.email FROM conversations c, personas p "
                           "WHERE c.id = ? AND p.id = ?",
                           conversationId, senderPersonaId);
        if (!st.next())
            return;
        title = st.text(0);
        senderEmail = st.text(1);
    }
    struct Member
    {
        std::string personaId, userId, email;
        bool active;
    };
    std::vector<Member> members;
    {
        auto st = db.query("SELECT m.persona_id, p.user_id, p.email, u.active "
                           "FROM conversation_members m JOIN personas p ON p.id = m.persona_id "
                           "JOIN users u ON u.id = p.user_id WHERE m.conversation_id = ?",
                           conversationId);
        while (st.next())
            members.push_back({st.text(0), st.text(1), st.text(2), st.integer(3) != 0});
    }
    const auto now = nowSeconds();
    for (const auto &member : members) {
        const nlohmann::json ids = {{"conversation_id", conversationId},
                                    {"persona_id", member.personaId}};
        if (member.personaId == senderPersonaId) {
            m_ctx.events->publish(member.userId, "conversation.updated", ids);
            continue;
        }
        m_ctx.events->publish(member.userId, "message.created", ids);
        m_ctx.events->publish(
            member.userId, "persona.unread",
            {{"persona_id", member.personaId},
             {"unread_count", UnreadQueries::unreadConversations(db, member.personaId, now)}});
        m_ctx.events->publish(member.userId, "conversation.updated", ids);
        if (member.active)
            m_mail.push_back(
                {member.email, senderEmail + " sent you a secure message in Pli: " + title,
                 senderEmail + " sent you a secure message in the conversation \"" + title +
                     "\".\r\n\r\nSign in to Pli to read it. For your security, "
                     "this notice does not contain the message.\r\n"});
    }
}

void Notifier::unreadChanged(const std::string &personaId)
{
    if (m_silent)
        return;
    const std::string userId = userOf(personaId);
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
    const std::string userId = userOf(personaId);
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
