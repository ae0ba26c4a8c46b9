#include "ConversationQueries.h"

#include "Clock.h"
#include "Concat.h"
#include "Database.h"
#include "PersonaRecords.h"
#include "UnreadQueries.h"

namespace pli::server {

namespace {
// LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally.
std::string containsPattern(const std::string &text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

std::string orderBy(const ConversationListRequest &request)
{
    const std::string_view dir = request.order == "asc" ? " ASC" : " DESC";
    // A total order (ties broken by id) keeps pages from overlapping or skipping rows.
    if (request.sort == "title")
        return concat({"c.title COLLATE NOCASE", dir, ", c.modified_at DESC, c.id", dir});
    if (request.sort == "owner")
        return concat({"p.email COLLATE NOCASE", dir, ", c.modified_at DESC, c.id", dir});
    return concat({"c.modified_at", dir, ", c.id", dir});
}

constexpr std::string_view kListFrom =
    " FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id "
    "JOIN personas p ON p.id = c.owner_persona_id JOIN users u ON u.id = p.user_id "
    "WHERE m.persona_id = ? AND m.deleted = 0 AND (? = '' OR c.title LIKE ? ESCAPE '\\' "
    "OR p.email LIKE ? ESCAPE '\\' "
    "OR COALESCE(NULLIF(p.display_name, ''), u.display_name) LIKE ? ESCAPE '\\')";
} // namespace

nlohmann::json ConversationQueries::list(Database &db, const std::string &personaId,
                                         const ConversationListRequest &request, std::int64_t now)
{
    const std::string pattern = containsPattern(request.q);
    std::int64_t total = 0;
    {
        auto st = db.query(concat({"SELECT COUNT(*)", kListFrom}), personaId, request.q, pattern,
                           pattern, pattern);
        st.next();
        total = st.integer(0);
    }
    auto st = db.query(concat({"SELECT c.id, c.title, c.created_at, c.modified_at, m.is_new, "
                               "(SELECT COUNT(*) FROM messages y WHERE y.conversation_id = c.id), ",
                               UnreadQueries::unreadCondition, ", ", PersonaRecords::cardColumns,
                               kListFrom, " ORDER BY ", orderBy(request), " LIMIT ? OFFSET ?"}),
                       personaId, now, personaId, personaId, request.q, pattern, pattern, pattern,
                       static_cast<std::int64_t>(request.perPage),
                       static_cast<std::int64_t>((request.page - 1) * request.perPage));
    nlohmann::json items = nlohmann::json::array();
    while (st.next()) {
        const PersonaCard owner = PersonaRecords::cardFromRow(st, 7);
        items.push_back({{"id", st.text(0)},
                         {"title", st.text(1)},
                         {"owner", owner.person()},
                         {"created_at", toRfc3339(st.integer(2))},
                         {"modified_at", toRfc3339(st.integer(3))},
                         {"unread", st.integer(6) != 0},
                         {"is_new", st.integer(4) != 0},
                         {"read_only", !owner.userActive},
                         {"message_count", st.integer(5)}});
    }
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
