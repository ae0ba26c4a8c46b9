#include "ActivityQueries.h"

#include "Clock.h"
#include "Concat.h"
#include "Database.h"
#include "PersonaRecords.h"

namespace pli::server {

nlohmann::json ActivityQueries::list(Database &db, const std::string &conversationId,
                                     const std::string &sort, const std::string &order)
{
    const std::string_view dir = order == "desc" ? " DESC" : " ASC";
    // Within equal names or actions the history stays chronological.
    std::string orderBy = concat({"a.at", dir, ", a.seq", dir});
    if (sort == "name")
        orderBy = concat({"COALESCE(NULLIF(p.display_name, ''), u.display_name) COLLATE NOCASE",
                          dir, ", p.email COLLATE NOCASE", dir, ", a.at, a.seq"});
    else if (sort == "activity")
        orderBy = concat({"a.action", dir, ", a.at, a.seq"});
    auto st = db.query(concat({"SELECT a.action, a.at, ", PersonaRecords::cardColumns,
                               " FROM activity a JOIN personas p ON p.id = a.persona_id "
                               "JOIN users u ON u.id = p.user_id WHERE a.conversation_id = ? "
                               "ORDER BY ",
                               orderBy}),
                       conversationId);
    nlohmann::json items = nlohmann::json::array();
    while (st.next())
        items.push_back({{"actor", PersonaRecords::cardFromRow(st, 2).actor()},
                         {"action", st.text(0)},
                         {"at", toRfc3339(st.integer(1))}});
    return {{"items", items}};
}

} // namespace pli::server
