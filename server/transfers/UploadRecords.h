#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

class AttachmentStore;
class Database;
struct UploadQuota;

// One row of the `uploads` table.
struct UploadRecord
{
    std::string id;
    std::string userId;
    std::int64_t length = 0;
    std::int64_t offset = 0;
    std::string filename;
    std::string contentType;
    std::optional<std::string> sha256;
    bool attached = false;
    std::int64_t expiresAt = 0;

    bool complete() const { return offset == length && sha256.has_value(); }
};

// The tus uploads as rows of the `uploads` table together with their files in <data>/uploads.
// Each call takes the database lock briefly and does file work outside it.
class UploadRecords
{
public:
    UploadRecords(Database &db, AttachmentStore &store);

    // A new upload with an empty file; an empty upload is complete at once. Throws the
    // quota's ApiError 429 when the user has no room left for it.
    UploadRecord create(const std::string &userId, std::int64_t length, const std::string &filename,
                        const std::string &contentType, std::int64_t ttlSeconds,
                        const UploadQuota &quota);
    // The upload if it exists, belongs to userId and has not expired (unattached uploads expire
    // `ttl` after their creation, or after their last byte once finished).
    std::optional<UploadRecord> findOwned(const std::string &id, const std::string &userId);
    // Records progress; false when the upload is gone (deleted or expired meanwhile).
    bool saveOffset(const std::string &id, std::int64_t offset);
    // The last byte arrived: the upload is kept `keepSeconds` more for a message to attach it.
    bool saveComplete(const std::string &id, std::int64_t length, const std::string &sha256Hex,
                      std::int64_t keepSeconds);
    // Removes an upload not attached yet, row and bytes; false when there was none to remove.
    bool remove(const std::string &id);
    // Removes unattached uploads past their expiry, finished or not; returns their ids.
    std::vector<std::string> sweepExpired();
    // Removes files in <data>/uploads that no row owns (left by a crash between the two).
    void removeOrphanFiles();

    // The row as stored, expired or not. Caller holds the database lock.
    static std::optional<UploadRecord> row(Database &db, const std::string &id);
    // The upload became an attachment (AttachmentStore). Caller holds the database lock.
    static void markAttached(Database &db, const std::string &id);

private:
    Database &m_db;
    AttachmentStore &m_store;
};

} // namespace pli::server
