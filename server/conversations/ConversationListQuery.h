#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pli::server {

class Database;
class Statement;
struct ConversationListRequest;

// Where a page of a persona's conversation list is, found from the member indexes alone
// (Schema.cpp, migration 4): each sort and direction has an index in that order holding the
// search key, so that filtering, counting the matches and skipping to a deep page read index
// entries only — never the rows, never a sort; an unfiltered list's size is kept by the
// schema. Deep pages of the `modified` sort are read from the far end when that is nearer (the
// index serves both directions). Caller holds the database lock.
class ConversationListQuery
{
public:
    ConversationListQuery(std::string personaId, const ConversationListRequest &request);

    // How many conversations the list holds (those matching the filter).
    std::int64_t count(Database &db) const;
    // The ids of the page's conversations, in list order; `total` is count()'s answer.
    std::vector<std::string> pageIds(Database &db, std::int64_t total) const;

    // SQLite's plan for the page statement (EXPLAIN QUERY PLAN, one line per step), read from
    // the far end or not: what tests check to know that no list outgrows its indexes.
    std::vector<std::string> pagePlan(Database &db, bool fromFarEnd) const;
    std::vector<std::string> countPlan(Database &db) const;

private:
    struct Window
    {
        std::int64_t limit = 0;
        std::int64_t offset = 0;
        bool fromFarEnd = false;
    };
    Window windowFor(std::int64_t total) const;
    std::string where() const;
    std::string countSql() const;
    std::string pageSql(bool fromFarEnd) const;
    template<class... Extra> void bindFilter(Statement &st, Extra... extra) const;

    std::string m_personaId;
    std::string m_sort;
    bool m_ascending = false;
    std::string m_needle; // the folded filter; empty: none
    std::int64_t m_page = 1;
    std::int64_t m_perPage = 10;
};

} // namespace pli::server
