#pragma once

#include "Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

// Bulk inserts for seeding a server at scale (ScaleSeeder): each statement is prepared once and
// run again for every row, inside the caller's transaction. The rows are those the API writes
// (the member rows with their list copies and unread state); no events, no e-mail. Caller holds the
// database lock for the object's whole life.
class ScaleRecords
{
public:
    explicit ScaleRecords(Database &db);

    void conversation(const std::string &id, const std::string &title,
                      const std::string &ownerPersonaId, std::int64_t createdAt,
                      std::int64_t modifiedAt);
    // With the list's copies (Schema.cpp, migration 4) written at once: the conversation's
    // modification time, title, owner's address, search key and the member's unread state (the
    // latest expiry of the messages it did not send nor open; 0: none), for members written
    // after their conversation's messages.
    void member(const std::string &conversationId, const std::string &personaId, bool owner,
                bool isNew, std::int64_t joinedAt, std::int64_t modifiedAt,
                const std::string &title, const std::string &ownerEmail,
                const std::string &searchKey, std::int64_t unreadUntil);
    void message(const std::string &id, const std::string &conversationId,
                 const std::string &senderPersonaId, const std::string &body, std::int64_t sentAt,
                 std::optional<std::int64_t> expiresAt);
    void opened(const std::string &messageId, const std::string &personaId, std::int64_t at);
    void activity(const std::string &conversationId, const std::string &personaId,
                  const std::string &action, std::int64_t at);

private:
    Statement m_conversation;
    Statement m_member;
    Statement m_message;
    Statement m_opened;
    Statement m_activity;
};

} // namespace pli::server
