#pragma once

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// Counts what a persona has not read yet. A conversation is unread for a persona when it holds
// at least one unexpired message that the persona did not send and has not opened; deleted
// conversations (removed from the persona's list) do not count. Caller holds the database lock.
class UnreadQueries
{
public:
    // SQL condition, true when conversation `c` is unread for a persona. Its three parameters
    // bind, in order: persona id, now, persona id.
    static constexpr const char *unreadCondition =
        "EXISTS (SELECT 1 FROM messages x WHERE x.conversation_id = c.id "
        "AND x.sender_persona_id <> ? AND (x.expires_at IS NULL OR x.expires_at > ?) "
        "AND NOT EXISTS (SELECT 1 FROM message_opens o "
        "WHERE o.message_id = x.id AND o.persona_id = ?))";

    static std::int64_t unreadConversations(Database &db, const std::string &personaId,
                                            std::int64_t now);
    static std::int64_t conversationCount(Database &db, const std::string &personaId);
};

} // namespace pli::server
