#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

class Database;

// Where a message belongs and until when it can be read.
struct MessageRow
{
    std::string conversationId;
    std::string senderPersonaId;
    std::optional<std::int64_t> expiresAt;
};

// The `messages` and `message_opens` tables. Caller holds the database lock.
class MessageRecords
{
public:
    static std::optional<MessageRow> find(Database &db, const std::string &messageId);
    // The conversation's newest message id (empty when it has none).
    static std::string newestIn(Database &db, const std::string &conversationId);
    static void insert(Database &db, const std::string &messageId,
                       const std::string &conversationId, const std::string &senderPersonaId,
                       const std::string &body, std::int64_t sentAt, std::int64_t expiresAt);
    // Records that the persona opened the message; false when it had already.
    static bool markOpened(Database &db, const std::string &messageId, const std::string &personaId,
                           std::int64_t at);
};

} // namespace pli::server
