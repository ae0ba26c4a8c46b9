#pragma once

#include "AttachmentStore.h"

#include <cstdint>
#include <optional>
#include <string>

namespace pli::server {

class Database;

// An attachment with the message that carries it.
struct AttachmentRow
{
    AttachmentInfo info;
    std::string messageId;
    std::string conversationId;
    std::optional<std::int64_t> messageExpiresAt;
};

// The `attachments` table. Caller holds the database lock.
class AttachmentRecords
{
public:
    static std::optional<AttachmentRow> find(Database &db, const std::string &attachmentId);
    // The bytes already attached to a message.
    static std::int64_t attachedBytes(Database &db, const std::string &messageId);
    // The position after the message's last attachment (0 for the first).
    static std::int64_t nextPosition(Database &db, const std::string &messageId);
    static void insert(Database &db, const std::string &messageId, const AttachmentInfo &info,
                       std::int64_t position, std::int64_t createdAt);
};

} // namespace pli::server
