#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

class Database;

// A conversation's history ("who created, posted, opened, downloaded, deleted, and when"),
// sortable the way the participant guide describes: by name, by activity or by date.
class ActivityQueries
{
public:
    // {"items":[{"actor":{"email","display_name"},"action","at"}]}. `sort` is name|activity|date
    // and `order` asc|desc (validated by the caller). Caller holds the database lock.
    static nlohmann::json list(Database &db, const std::string &conversationId,
                               const std::string &sort, const std::string &order);
};

} // namespace pli::server
