#include "ProfileQueries.h"

#include "Database.h"
#include "PersonaRecords.h"
#include "UnreadQueries.h"

namespace pli::server {

nlohmann::json ProfileQueries::me(Database &db, const std::string &userId, std::int64_t now)
{
    auto st = db.query("SELECT id, username, display_name, role FROM users WHERE id = ?", userId);
    if (!st.next())
        return nullptr;
    return {{"id", st.text(0)},
            {"username", st.text(1)},
            {"display_name", st.text(2)},
            {"role", st.text(3)},
            {"personas", personas(db, userId, now)}};
}

nlohmann::json ProfileQueries::personas(Database &db, const std::string &userId, std::int64_t now)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &card : PersonaRecords::cardsOf(db, userId))
        list.push_back({{"id", card.id},
                        {"email", card.email},
                        {"display_name", card.displayName},
                        {"verified", card.verified},
                        {"unread_count", UnreadQueries::unreadConversations(db, card.id, now)},
                        {"conversation_count", UnreadQueries::conversationCount(db, card.id)}});
    return list;
}

} // namespace pli::server
