#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

class Database;
class Statement;

// Reads messages as one member sees them: whether each is theirs and opened, and expired
// messages reduced to their header. Caller holds the database lock and has checked membership.
class MessageQueries
{
public:
    MessageQueries(Database &db, std::string viewerPersonaId, std::string viewerUserId,
                   std::int64_t now);

    // Newest page first, items oldest to newest: {"items","total","has_more"}. `before` is a
    // message id of the conversation (older messages only); throws ApiError 400 when it is not.
    nlohmann::json page(const std::string &conversationId, int limit,
                        const std::optional<std::string> &before);

    // One message (null when it does not exist).
    nlohmann::json one(const std::string &messageId);

private:
    nlohmann::json fromRow(const Statement &row);
    nlohmann::json attachmentsOf(const std::string &messageId);

    Database &m_db;
    std::string m_viewerPersonaId;
    std::string m_viewerUserId;
    std::int64_t m_now;
};

} // namespace pli::server
