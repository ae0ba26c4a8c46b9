#pragma once

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// Counts what a persona has not read yet. A conversation is unread for a persona when it holds
// at least one unexpired message that the persona did not send and has not opened; deleted
// conversations (removed from the persona's list) do not count. The unread count reads one
// index range (the member rows' unread_until), the conversation count one row
// (persona_list_sizes), both kept by the schema's triggers. Caller holds the database lock.
class UnreadQueries
{
public:
    static std::int64_t unreadConversations(Database &db, const std::string &personaId,
                                            std::int64_t now);
    static std::int64_t conversationCount(Database &db, const std::string &personaId);
};

} // namespace pli::server
