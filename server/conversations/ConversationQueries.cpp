#include "ConversationQueries.h"

#include "Clock.h"
#include "Concat.h"
#include "ConversationListQuery.h"
#include "Database.h"
#include "PersonaRecords.h"

#include <map>

namespace pli::server {

namespace {
// The page's rows, in any order: the caller puts them in list order.
Statement pageRows(Database &db, const std::string &personaId, const std::vector<std::string> &ids,
                   std::int64_t now)
{
    std::string placeholders;
    for (std::size_t i = 0; i < ids.size(); ++i)
        placeholders += i == 0 ? "?" : ", ?";
    auto st = db.query(concat(
        {"SELECT c.id, c.title, c.created_at, c.modified_at, m.is_new, "
         "(SELECT COUNT(*) FROM messages y WHERE y.conversation_id = c.id), m.unread_until > ?, ",
         PersonaRecords::cardColumns,
         " FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id "
         "JOIN personas p ON p.id = c.owner_persona_id JOIN users u ON u.id = p.user_id "
         "WHERE m.persona_id = ? AND m.conversation_id IN (",
         placeholders, ")"}));
    int index = 1;
    st.bind(index++, now);
    st.bind(index++, personaId);
    for (const auto &id : ids)
        st.bind(index++, id);
    return st;
}
} // namespace

nlohmann::json ConversationQueries::list(Database &db, const std::string &personaId,
                                         const ConversationListRequest &request, std::int64_t now)
{
    const ConversationListQuery query(personaId, request);
    const std::int64_t total = query.count(db);
    const std::vector<std::string> ids = query.pageIds(db, total);
    std::map<std::string, nlohmann::json> rows;
    if (!ids.empty()) {
        auto st = pageRows(db, personaId, ids, now);
        while (st.next()) {
            const PersonaCard owner = PersonaRecords::cardFromRow(st, 7);
            rows[st.text(0)] = {{"id", st.text(0)},
                                {"title", st.text(1)},
                                {"owner", owner.person()},
                                {"created_at", toRfc3339(st.integer(2))},
                                {"modified_at", toRfc3339(st.integer(3))},
                                {"unread", st.integer(6) != 0},
                                {"is_new", st.integer(4) != 0},
                                {"read_only", !owner.userActive},
                                {"message_count", st.integer(5)}};
        }
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto &id : ids)
        if (const auto row = rows.find(id); row != rows.end())
            items.push_back(std::move(row->second));
    const std::int64_t pages =
        std::max<std::int64_t>(1, (total + request.perPage - 1) / request.perPage);
    return {{"items", items},
            {"page", request.page},
            {"per_page", request.perPage},
            {"total", total},
            {"pages", pages}};
}

nlohmann::json ConversationQueries::detail(Database &db, const std::string &conversationId)
{
    auto st = db.query(concat({"SELECT c.id, c.title, c.created_at, c.modified_at, "
                               "(SELECT COUNT(*) FROM messages y WHERE y.conversation_id = "
                               "c.id), ",
                               PersonaRecords::cardColumns,
                               " FROM conversations c JOIN personas p ON p.id = c.owner_persona_id "
                               "JOIN users u ON u.id = p.user_id WHERE c.id = ?"}),
                       conversationId);
    if (!st.next())
        return nullptr;
    const PersonaCard owner = PersonaRecords::cardFromRow(st, 5);
    nlohmann::json participants = nlohmann::json::array();
    auto members = db.query(concat({"SELECT ", PersonaRecords::cardColumns,
                                    " FROM conversation_members m JOIN personas p ON p.id = "
                                    "m.persona_id JOIN users u ON u.id = p.user_id "
                                    "WHERE m.conversation_id = ? AND m.persona_id <> ? "
                                    "ORDER BY p.email COLLATE NOCASE"}),
                            conversationId, owner.id);
    while (members.next())
        participants.push_back(PersonaRecords::cardFromRow(members).person());
    return {{"id", st.text(0)},
            {"title", st.text(1)},
            {"owner", owner.person()},
            {"participants", participants},
            {"read_only", !owner.userActive},
            {"message_count", st.integer(4)},
            {"created_at", toRfc3339(st.integer(2))},
            {"modified_at", toRfc3339(st.integer(3))}};
}

bool ConversationQueries::isReadOnly(Database &db, const std::string &conversationId)
{
    auto st = db.query("SELECT u.active FROM conversations c "
                       "JOIN personas p ON p.id = c.owner_persona_id "
                       "JOIN users u ON u.id = p.user_id WHERE c.id = ?",
                       conversationId);
    return st.next() && st.integer(0) == 0;
}

} // namespace pli::server
