#include "UnreadQueries.h"

#include "Database.h"

namespace pli::server {

std::int64_t UnreadQueries::unreadConversations(Database &db, const std::string &personaId,
                                                std::int64_t now)
{
    auto st = db.query("SELECT COUNT(*) FROM conversation_members "
                       "WHERE persona_id = ? AND deleted = 0 AND unread_until > ?",
                       personaId, now);
    st.next();
    return st.integer(0);
}

std::int64_t UnreadQueries::conversationCount(Database &db, const std::string &personaId)
{
    auto st =
        db.query("SELECT conversations FROM persona_list_sizes WHERE persona_id = ?", personaId);
    return st.next() ? st.integer(0) : 0;
}

} // namespace pli::server
