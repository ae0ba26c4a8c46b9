#include "UploadQuota.h"

#include "ApiError.h"
#include "Database.h"

#include <algorithm>

namespace pli::server {

void UploadQuota::requireRoom(Database &db, const std::string &userId, std::int64_t length,
                              std::int64_t now) const
{
    auto st = db.query("SELECT COUNT(*), COALESCE(SUM(length), 0), MIN(expires_at) FROM uploads "
                       "WHERE user_id = ? AND attached = 0 AND expires_at > ?",
                       userId, now);
    st.next();
    const std::int64_t open = st.integer(0);
    const std::int64_t bytes = st.integer(1);
    const bool tooMany = open + 1 > maxOpen;
    const bool tooLarge = bytes + length > maxBytes;
    if (!tooMany && !tooLarge)
        return;
    ApiError error(429, "upload_quota_exceeded",
                   tooMany ? "Too many uploads are open; finish, attach or delete some first."
                           : "The open uploads hold too many bytes; finish, attach or delete "
                             "some first.",
                   {{"max_open_uploads", maxOpen}, {"max_open_upload_bytes", maxBytes}});
    const std::int64_t firstExpiry = st.optionalInteger(2).value_or(now + 1);
    error.retryAfter = std::to_string(std::max<std::int64_t>(firstExpiry - now, 1));
    throw error;
}

} // namespace pli::server
