#include "AttachmentRecords.h"

#include "Database.h"

namespace pli::server {

std::optional<AttachmentRow> AttachmentRecords::find(Database &db, const std::string &attachmentId)
{
    auto st = db.query("SELECT a.name, a.size, a.content_type, a.sha256, m.id, "
                       "m.conversation_id, m.expires_at FROM attachments a "
                       "JOIN messages m ON m.id = a.message_id WHERE a.id = ?",
                       attachmentId);
    if (!st.next())
        return std::nullopt;
    return AttachmentRow{{attachmentId, st.text(0), st.integer(1), st.text(2), st.text(3)},
                         st.text(4),
                         st.text(5),
                         st.optionalInteger(6)};
}

std::int64_t AttachmentRecords::attachedBytes(Database &db, const std::string &messageId)
{
    auto st =
        db.query("SELECT COALESCE(SUM(size), 0) FROM attachments WHERE message_id = ?", messageId);
    st.next();
    return st.integer(0);
}

std::int64_t AttachmentRecords::nextPosition(Database &db, const std::string &messageId)
{
    auto st = db.query("SELECT COALESCE(MAX(position) + 1, 0) FROM attachments "
                       "WHERE message_id = ?",
                       messageId);
    st.next();
    return st.integer(0);
}

void AttachmentRecords::insert(Database &db, const std::string &messageId,
                               const AttachmentInfo &info, std::int64_t position,
                               std::int64_t createdAt)
{
    db.execute("INSERT INTO attachments(id, message_id, name, size, content_type, sha256, "
               "position, created_at) VALUES (?,?,?,?,?,?,?,?)",
               info.id, messageId, info.name, info.size, info.contentType, info.sha256, position,
               createdAt);
}

} // namespace pli::server
