#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// One page of a persona's conversation list, as asked by the client.
struct ConversationListRequest
{
    long long page = 1;
    long long perPage = 10;        // 10, 20 or 30
    std::string sort = "modified"; // modified | title | owner
    std::string order = "desc";    // asc | desc
    std::string q;                 // filters title, owner e-mail and owner name
};

// Reads conversations as the API shows them. Caller holds the database lock and has checked
// that the caller may see what is asked.
class ConversationQueries
{
public:
    // {"items":[...],"page","per_page","total","pages"}: the persona's conversations that are
    // not deleted from its list.
    static nlohmann::json list(Database &db, const std::string &personaId,
                               const ConversationListRequest &request, std::int64_t now);

    // {"id","title","owner","participants","read_only","message_count","created_at",
    // "modified_at"}; null when the conversation does not exist.
    static nlohmann::json detail(Database &db, const std::string &conversationId);

    // The owner's account is deactivated: the conversation can be read, not answered.
    static bool isReadOnly(Database &db, const std::string &conversationId);
};

} // namespace pli::server
