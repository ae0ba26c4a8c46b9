#include "ConversationListQuery.h"

#include "Concat.h"
#include "ConversationQueries.h"
#include "Database.h"
#include "TextFold.h"

#include <algorithm>

namespace pli::server {

namespace {
// ORDER BY for each sort, exactly the column order of its index (Schema.cpp, migration 4). Title
// and owner ties go newest first in both directions, as documented (docs/openapi.yaml).
std::string orderBy(const std::string &sort, bool ascending)
{
    const std::string_view dir = ascending ? " ASC" : " DESC";
    if (sort == "title")
        return concat({"title", dir, ", modified_at DESC, conversation_id", dir});
    if (sort == "owner")
        return concat({"owner_email", dir, ", modified_at DESC, conversation_id", dir});
    return concat({"modified_at", dir, ", conversation_id", dir});
}

std::vector<std::string> planOf(Statement &st)
{
    std::vector<std::string> lines;
    while (st.next())
        lines.push_back(st.text(3));
    return lines;
}
} // namespace

ConversationListQuery::ConversationListQuery(std::string personaId,
                                             const ConversationListRequest &request)
    : m_personaId(std::move(personaId))
    , m_sort(request.sort)
    , m_ascending(request.order == "asc")
    , m_needle(foldForSearch(request.q))
    , m_page(request.page)
    , m_perPage(request.perPage)
{}

std::string ConversationListQuery::where() const
{
    // instr(), not LIKE: the needle is literal text (no wildcards) and the key is folded already.
    return m_needle.empty() ? " WHERE persona_id = ? AND deleted = 0"
                            : " WHERE persona_id = ? AND deleted = 0 AND instr(search_key, ?) > 0";
}

template<class... Extra> void ConversationListQuery::bindFilter(Statement &st, Extra... extra) const
{
    if (m_needle.empty())
        st.bindAll(m_personaId, extra...);
    else
        st.bindAll(m_personaId, m_needle, extra...);
}

std::string ConversationListQuery::countSql() const
{
    // Unfiltered: the size the schema keeps (one row); filtered: the matching index entries.
    return m_needle.empty() ? "SELECT COALESCE((SELECT conversations FROM persona_list_sizes "
                              "WHERE persona_id = ?), 0)"
                            : concat({"SELECT COUNT(*) FROM conversation_members", where()});
}

std::int64_t ConversationListQuery::count(Database &db) const
{
    auto st = db.query(countSql());
    bindFilter(st);
    st.next();
    return st.integer(0);
}

std::string ConversationListQuery::pageSql(bool fromFarEnd) const
{
    // The `modified` index read backwards is the opposite order; the other sorts have none.
    const bool ascending = fromFarEnd ? !m_ascending : m_ascending;
    return concat({"SELECT conversation_id FROM conversation_members", where(), " ORDER BY ",
                   orderBy(m_sort, ascending), " LIMIT ? OFFSET ?"});
}

ConversationListQuery::Window ConversationListQuery::windowFor(std::int64_t total) const
{
    Window window;
    window.offset = (m_page - 1) * m_perPage;
    window.limit = std::max<std::int64_t>(0, std::min(m_perPage, total - window.offset));
    const std::int64_t fromEnd = total - window.offset - window.limit;
    if (m_sort == "modified" && fromEnd < window.offset) {
        window.fromFarEnd = true;
        window.offset = fromEnd;
    }
    return window;
}

std::vector<std::string> ConversationListQuery::pageIds(Database &db, std::int64_t total) const
{
    const Window window = windowFor(total);
    std::vector<std::string> ids;
    if (window.limit == 0)
        return ids;
    auto st = db.query(pageSql(window.fromFarEnd));
    bindFilter(st, window.limit, window.offset);
    while (st.next())
        ids.push_back(st.text(0));
    if (window.fromFarEnd)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> ConversationListQuery::pagePlan(Database &db, bool fromFarEnd) const
{
    auto st = db.query(concat({"EXPLAIN QUERY PLAN ", pageSql(fromFarEnd)}));
    bindFilter(st, m_perPage, (m_page - 1) * m_perPage);
    return planOf(st);
}

std::vector<std::string> ConversationListQuery::countPlan(Database &db) const
{
    auto st = db.query(concat({"EXPLAIN QUERY PLAN ", countSql()}));
    bindFilter(st);
    return planOf(st);
}

} // namespace pli::server
