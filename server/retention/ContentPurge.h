#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pli::server {

class Database;

// The rows side of what the server deletes for good (RetentionSweeper does the files):
//   - a message past its expiry keeps its header (sender, times, "expired") and its activity
//     lines; its text is erased and its attachments keep only their ids and sizes, so that
//     asking for one still answers 410 message_expired;
//   - a conversation that no member has listed for the retention period loses its attachments
//     (rows and files): nobody can reach them any more.
// Each call works through at most `batch` messages or conversations in one transaction, and
// returns the ids of the attachments whose bytes (<data>/blobs/<id>) are to be removed.
class ContentPurge
{
public:
    static std::vector<std::string> purgeExpiredMessages(Database &db, std::int64_t now, int batch,
                                                         int *messages = nullptr);
    static std::vector<std::string> purgeUnlistedConversations(Database &db,
                                                               std::int64_t unlistedBefore,
                                                               int batch,
                                                               int *conversations = nullptr);
};

} // namespace pli::server
