#include "ConversationRecords.h"

#include "Clock.h"
#include "Database.h"

namespace pli::server {

std::optional<std::string> ConversationRecords::memberPersona(Database &db,
                                                              const std::string &conversationId,
                                                              const std::string &userId)
{
    auto st = db.query("SELECT m.persona_id FROM conversation_members m "
                       "JOIN personas p ON p.id = m.persona_id "
                       "WHERE m.conversation_id = ? AND p.user_id = ? AND m.deleted = 0 "
                       "ORDER BY m.role = 'collaborator' DESC LIMIT 1",
                       conversationId, userId);
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

bool ConversationRecords::isMember(Database &db, const std::string &conversationId,
                                   const std::string &personaId)
{
    return db
        .query("SELECT 1 FROM conversation_members WHERE conversation_id = ? AND persona_id = ?",
               conversationId, personaId)
        .next();
}

std::vector<ConversationMember> ConversationRecords::members(Database &db,
                                                             const std::string &conversationId)
{
    auto st = db.query("SELECT m.persona_id, p.user_id, p.email, u.active "
                       "FROM conversation_members m JOIN personas p ON p.id = m.persona_id "
                       "JOIN users u ON u.id = p.user_id WHERE m.conversation_id = ?",
                       conversationId);
    std::vector<ConversationMember> members;
    while (st.next())
        members.push_back({st.text(0), st.text(1), st.text(2), st.integer(3) != 0});
    return members;
}

std::optional<std::string> ConversationRecords::title(Database &db,
                                                      const std::string &conversationId)
{
    auto st = db.query("SELECT title FROM conversations WHERE id = ?", conversationId);
    if (!st.next())
        return std::nullopt;
    return st.text(0);
}

void ConversationRecords::insert(Database &db, const std::string &conversationId,
                                 const std::string &title, const std::string &ownerPersonaId,
                                 std::int64_t at)
{
    db.execute("INSERT INTO conversations(id, title, owner_persona_id, created_at, modified_at) "
               "VALUES (?, ?, ?, ?, ?)",
               conversationId, title, ownerPersonaId, at, at);
}

void ConversationRecords::addOwner(Database &db, const std::string &conversationId,
                                   const std::string &personaId, std::int64_t at)
{
    db.execute("INSERT INTO conversation_members(conversation_id, persona_id, role, is_new, "
               "joined_at) VALUES (?, ?, 'collaborator', 0, ?)",
               conversationId, personaId, at);
}

void ConversationRecords::addParticipant(Database &db, const std::string &conversationId,
                                         const std::string &personaId, std::int64_t at)
{
    db.execute("INSERT OR IGNORE INTO conversation_members(conversation_id, persona_id, "
               "role, is_new, joined_at) VALUES (?, ?, 'participant', 1, ?)",
               conversationId, personaId, at);
}

void ConversationRecords::touch(Database &db, const std::string &conversationId, std::int64_t at)
{
    db.execute("UPDATE conversations SET modified_at = MAX(modified_at, ?) WHERE id = ?", at,
               conversationId);
}

void ConversationRecords::restoreToLists(Database &db, const std::string &conversationId)
{
    db.execute("UPDATE conversation_members SET deleted = 0 WHERE conversation_id = ?",
               conversationId);
    db.execute("UPDATE conversations SET unlisted_at = NULL WHERE id = ?", conversationId);
}

void ConversationRecords::markSeen(Database &db, const std::string &conversationId,
                                   const std::string &personaId)
{
    db.execute("UPDATE conversation_members SET is_new = 0 WHERE conversation_id = ? AND "
               "persona_id = ?",
               conversationId, personaId);
}

bool ConversationRecords::removeFromList(Database &db, const std::string &conversationId,
                                         const std::string &personaId)
{
    if (db.execute("UPDATE conversation_members SET deleted = 1 WHERE conversation_id = ? "
                   "AND persona_id = ? AND deleted = 0",
                   conversationId, personaId) == 0)
        return false;
    // The last member to remove it starts the retention period of its attachments.
    db.execute("UPDATE conversations SET unlisted_at = ? WHERE id = ? AND NOT EXISTS "
               "(SELECT 1 FROM conversation_members WHERE conversation_id = ? AND deleted = 0)",
               nowSeconds(), conversationId, conversationId);
    return true;
}

void ConversationRecords::recordActivity(Database &db, const std::string &conversationId,
                                         const std::string &personaId, const std::string &action,
                                         std::int64_t at)
{
    db.execute("INSERT INTO activity(conversation_id, persona_id, action, at) VALUES (?, ?, ?, ?)",
               conversationId, personaId, action, at);
}

} // namespace pli::server
