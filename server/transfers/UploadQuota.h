#pragma once

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// How much a user may keep in uploads not attached to a message yet: each holds disk space
// (its declared length) until it is attached, deleted or expires, so without a limit one
// account could fill the disk with uploads it never finishes.
struct UploadQuota
{
    int maxOpen = 0;           // open uploads
    std::int64_t maxBytes = 0; // their declared lengths, added up

    // Throws ApiError 429 "upload_quota_exceeded" (with Retry-After: until the user's oldest
    // open upload expires, at least a second) when one more upload of `length` bytes would
    // pass either limit. Caller holds the database lock, and creates the upload under it.
    void requireRoom(Database &db, const std::string &userId, std::int64_t length,
                     std::int64_t now) const;
};

} // namespace pli::server
