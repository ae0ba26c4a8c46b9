#include "ActivityQueries.h"

#include "Clock.h"
#include "Database.h"
#include "PersonaCard.h"

namespace pli::server {

nlohmann::json ActivityQueries::list(Database &db, const std::string &conversationId,
                                     const std::string &sort, const std::string &order)
{
    const std::string dir = order == "desc" ? " DESC" : " ASC";
    // Within equal names or actions the history stays chronological.
    std::string orderBy = "a.at" + dir + ", a.seq" + dir;
    if (sort == "name")
        orderBy = "COALESCE(NULLIF(p.display_name, ''), u.display_name) COLLATE NOCASE" + dir +
                  ", p.email COLLATE NOCASE" + dir + ", a.at, a.seq";
    else if (sort == "activity")
        orderBy = "a.action" + dir + ", a.at, a.seq";
    auto st = db.query(std::string("SELECT a.action, a.at, ") + PersonaCard::columns +
                           " FROM activity a JOIN personas p ON p.id = a.persona_id "
                           "JOIN users u ON u.id = p.user_id WHERE a.conversation_id = ? "
                           "ORDER BY " +
                           orderBy,
                       conversationId);
    nlohmann::json items = nlohmann::json::array();
    while (st.next())
        items.push_back({{"actor", PersonaCard::fromRow(st, 2).actor()},
                         {"action", st.text(0)},
                         {"at", toRfc3339(st.integer(1))}});
    return {{"items", items}};
}

} // namespace pli::server
