#include "MessageRecords.h"

#include "Database.h"

namespace pli::server {

std::optional<MessageRow> MessageRecords::find(Database &db, const std::string &messageId)
{
    auto st = db.query("SELECT conversation_id, sender_persona_id, expires_at "
                       "FROM messages WHERE id = ?",
                       messageId);
    if (!st.next())
        return std::nullopt;
    return MessageRow{st.text(0), st.text(1), st.optionalInteger(2)};
}

std::string MessageRecords::newestIn(Database &db, const std::string &conversationId)
{
    auto st = db.query("SELECT id FROM messages WHERE conversation_id = ? ORDER BY seq DESC "
                       "LIMIT 1",
                       conversationId);
    return st.next() ? st.text(0) : std::string();
}

void MessageRecords::insert(Database &db, const std::string &messageId,
                            const std::string &conversationId, const std::string &senderPersonaId,
                            const std::string &body, std::int64_t sentAt, std::int64_t expiresAt)
{
    db.execute("INSERT INTO messages(id, conversation_id, sender_persona_id, body, sent_at, "
               "expires_at) VALUES (?, ?, ?, ?, ?, ?)",
               messageId, conversationId, senderPersonaId, body, sentAt, expiresAt);
}

bool MessageRecords::markOpened(Database &db, const std::string &messageId,
                                const std::string &personaId, std::int64_t at)
{
    return db.execute("INSERT OR IGNORE INTO message_opens(message_id, persona_id, opened_at) "
                      "VALUES (?, ?, ?)",
                      messageId, personaId, at) > 0;
}

} // namespace pli::server
