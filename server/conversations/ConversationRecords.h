#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

class Database;

// The persona through which userId takes part in conversationId and still has it in their list
// (not deleted), or nullopt: the caller then answers 404, as for a conversation that does not
// exist. Caller holds the database lock.
std::optional<std::string> memberPersona(Database &db, const std::string &conversationId,
                                         const std::string &userId);

// Appends to a conversation's activity log. Caller holds the database lock.
void recordActivity(Database &db, const std::string &conversationId, const std::string &personaId,
                    const std::string &action);
// Same, at a given time (seeding a history in the past).
void recordActivityAt(Database &db, const std::string &conversationId, const std::string &personaId,
                      const std::string &action, std::int64_t at);

} // namespace pli::server
