#include "UnreadQueries.h"

#include "Concat.h"
#include "Database.h"

namespace pli::server {

std::int64_t UnreadQueries::unreadConversations(Database &db, const std::string &personaId,
                                                std::int64_t now)
{
    auto st = db.query(concat({"SELECT COUNT(*) FROM conversation_members m "
                               "JOIN conversations c ON c.id = m.conversation_id "
                               "WHERE m.persona_id = ? AND m.deleted = 0 AND ",
                               unreadCondition}),
                       personaId, personaId, now, personaId);
    st.next();
    return st.integer(0);
}

std::int64_t UnreadQueries::conversationCount(Database &db, const std::string &personaId)
{
    auto st = db.query("SELECT COUNT(*) FROM conversation_members "
                       "WHERE persona_id = ? AND deleted = 0",
                       personaId);
    st.next();
    return st.integer(0);
}

} // namespace pli::server
