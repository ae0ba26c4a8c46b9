#include "ConversationRecords.h"

#include "Clock.h"
#include "Database.h"

namespace pli::server {

std::optional<std::string> memberPersona(Database &db, const std::string &conversationId,
                                         const std::string &userId)
{
    auto st = db.query("SELECT m.persona_id FROM conversation_members m "
                       "JOIN personas p ON p.id = m.persona_id "
                       "WHERE m.conversation_id = ? AND p.user_id = ? AND m.deleted = 0 "
                       "ORDER BY m.role = 'collaborator' DESC LIMIT 1",
                       conversationId, userId);
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

void recordActivity(Database &db, const std::string &conversationId, const std::string &personaId,
                    const std::string &action)
{
    recordActivityAt(db, conversationId, personaId, action, nowSeconds());
}

void recordActivityAt(Database &db, const std::string &conversationId, const std::string &personaId,
                      const std::string &action, std::int64_t at)
{
    db.execute("INSERT INTO activity(conversation_id, persona_id, action, at) VALUES (?, ?, ?, ?)",
               conversationId, personaId, action, at);
}

} // namespace pli::server
