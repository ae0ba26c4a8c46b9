#include "ScaleRecords.h"

namespace pli::server {

namespace {
template<class... Args> void runAgain(Statement &st, const Args &...args)
{
    st.bindAll(args...);
    st.run();
    st.reset();
}
} // namespace

ScaleRecords::ScaleRecords(Database &db)
    : m_conversation(db.query("INSERT INTO conversations(id, title, owner_persona_id, "
                              "created_at, modified_at) VALUES (?, ?, ?, ?, ?)"))
    , m_member(db.query("INSERT INTO conversation_members(conversation_id, persona_id, role, "
                        "is_new, joined_at, modified_at, title, owner_email, search_key, "
                        "unread_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_message(db.query("INSERT INTO messages(id, conversation_id, sender_persona_id, body, "
                         "sent_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_opened(db.query("INSERT INTO message_opens(message_id, persona_id, opened_at) "
                        "VALUES (?, ?, ?)"))
    , m_activity(db.query("INSERT INTO activity(conversation_id, persona_id, action, at) "
                          "VALUES (?, ?, ?, ?)"))
{}

void ScaleRecords::conversation(const std::string &id, const std::string &title,
                                const std::string &ownerPersonaId, std::int64_t createdAt,
                                std::int64_t modifiedAt)
{
    runAgain(m_conversation, id, title, ownerPersonaId, createdAt, modifiedAt);
}

void ScaleRecords::member(const std::string &conversationId, const std::string &personaId,
                          bool owner, bool isNew, std::int64_t joinedAt, std::int64_t modifiedAt,
                          const std::string &title, const std::string &ownerEmail,
                          const std::string &searchKey, std::int64_t unreadUntil)
{
    runAgain(m_member, conversationId, personaId, owner ? "collaborator" : "participant", isNew,
             joinedAt, modifiedAt, title, ownerEmail, searchKey, unreadUntil);
}

void ScaleRecords::message(const std::string &id, const std::string &conversationId,
                           const std::string &senderPersonaId, const std::string &body,
                           std::int64_t sentAt, std::optional<std::int64_t> expiresAt)
{
    runAgain(m_message, id, conversationId, senderPersonaId, body, sentAt, expiresAt);
}

void ScaleRecords::opened(const std::string &messageId, const std::string &personaId,
                          std::int64_t at)
{
    runAgain(m_opened, messageId, personaId, at);
}

void ScaleRecords::activity(const std::string &conversationId, const std::string &personaId,
                            const std::string &action, std::int64_t at)
{
    runAgain(m_activity, conversationId, personaId, action, at);
}

} // namespace pli::server
