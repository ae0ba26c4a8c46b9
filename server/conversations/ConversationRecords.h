#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

class Database;

// A member of a conversation as notices need it.
struct ConversationMember
{
    std::string personaId;
    std::string userId;
    std::string email;
    bool userActive = true;
};

// The `conversations`, `conversation_members` and `activity` tables. Caller holds the database
// lock.
class ConversationRecords
{
public:
    // The persona through which userId takes part in conversationId and still has it in their
    // list (not deleted), or nullopt: the caller then answers 404, as for a conversation that
    // does not exist.
    static std::optional<std::string> memberPersona(Database &db, const std::string &conversationId,
                                                    const std::string &userId);
    // The persona takes part, deleted from its list or not.
    static bool isMember(Database &db, const std::string &conversationId,
                         const std::string &personaId);
    static std::vector<ConversationMember> members(Database &db, const std::string &conversationId);
    static std::optional<std::string> title(Database &db, const std::string &conversationId);

    static void insert(Database &db, const std::string &conversationId, const std::string &title,
                       const std::string &ownerPersonaId, std::int64_t at);
    static void addOwner(Database &db, const std::string &conversationId,
                         const std::string &personaId, std::int64_t at);
    // A new participant sees the conversation as new; adding one twice changes nothing.
    static void addParticipant(Database &db, const std::string &conversationId,
                               const std::string &personaId, std::int64_t at);

    // The conversation was modified at `at` (a message); never goes back in time.
    static void touch(Database &db, const std::string &conversationId, std::int64_t at);
    // Brings a conversation back into the list of every member who deleted it (and out of the
    // retention period of conversations nobody lists).
    static void restoreToLists(Database &db, const std::string &conversationId);
    // The persona has seen the conversation: no longer shown as new.
    static void markSeen(Database &db, const std::string &conversationId,
                         const std::string &personaId);
    // Deletes the conversation from the persona's list; false when it was not there. The last
    // member's removal sets the conversation's unlisted_at (RetentionSweeper).
    static bool removeFromList(Database &db, const std::string &conversationId,
                               const std::string &personaId);

    // Appends to the conversation's activity log.
    static void recordActivity(Database &db, const std::string &conversationId,
                               const std::string &personaId, const std::string &action,
                               std::int64_t at);
};

} // namespace pli::server
