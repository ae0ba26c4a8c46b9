#include "ContentPurge.h"

#include "Database.h"

namespace pli::server {

namespace {
std::vector<std::string> column(Statement st)
{
    std::vector<std::string> values;
    while (st.next())
        values.push_back(st.text(0));
    return values;
}
} // namespace

std::vector<std::string> ContentPurge::purgeExpiredMessages(Database &db, std::int64_t now,
                                                            int batch, int *messages)
{
    return db.transaction([&] {
        const auto expired = column(db.query("SELECT id FROM messages WHERE purged = 0 AND "
                                             "expires_at IS NOT NULL AND expires_at <= ? "
                                             "ORDER BY expires_at LIMIT ?",
                                             now, static_cast<std::int64_t>(batch)));
        std::vector<std::string> files;
        for (const auto &id : expired) {
            for (auto &file : column(db.query(
                     "SELECT id FROM attachments WHERE message_id = ? AND sha256 <> ''", id)))
                files.push_back(std::move(file));
            db.execute("UPDATE attachments SET name = '', sha256 = '' WHERE message_id = ?", id);
            db.execute("UPDATE messages SET body = '', purged = 1 WHERE id = ?", id);
        }
        if (messages)
            *messages = static_cast<int>(expired.size());
        return files;
    });
}

std::vector<std::string> ContentPurge::purgeUnlistedConversations(Database &db,
                                                                  std::int64_t unlistedBefore,
                                                                  int batch, int *conversations)
{
    return db.transaction([&] {
        const auto unlisted = column(db.query("SELECT id FROM conversations WHERE unlisted_at "
                                              "IS NOT NULL AND unlisted_at <= ? LIMIT ?",
                                              unlistedBefore, static_cast<std::int64_t>(batch)));
        std::vector<std::string> files;
        for (const auto &id : unlisted) {
            // Those of expired messages too: their rows go, their bytes went already.
            for (auto &file :
                 column(db.query("SELECT a.id FROM attachments a JOIN messages m ON m.id = "
                                 "a.message_id WHERE m.conversation_id = ? AND a.sha256 <> ''",
                                 id)))
                files.push_back(std::move(file));
            db.execute("DELETE FROM attachments WHERE message_id IN (SELECT id FROM messages "
                       "WHERE conversation_id = ?)",
                       id);
            db.execute("UPDATE conversations SET unlisted_at = NULL WHERE id = ?", id);
        }
        if (conversations)
            *conversations = static_cast<int>(unlisted.size());
        return files;
    });
}

} // namespace pli::server
