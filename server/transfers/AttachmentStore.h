#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pli::server {

class Database;

struct AttachmentInfo
{
    std::string id;
    std::string name;
    std::int64_t size = 0;
    std::string contentType;
    std::string sha256; // lowercase hex
};

// Where attachment and upload bytes live on disk, and the moves between them:
//   <data>/uploads/<upload id>      bytes of a tus upload in progress or finished
//   <data>/blobs/<attachment id>    bytes of an attachment
class AttachmentStore
{
public:
    explicit AttachmentStore(const std::filesystem::path &dataDir);

    std::filesystem::path uploadPath(const std::string &uploadId) const;
    std::filesystem::path blobPath(const std::string &attachmentId) const;

    // Turns finished uploads owned by userId into attachments of messageId, in the given order.
    // Caller holds the database lock inside a transaction. Throws ApiError: 404 "not_found" for
    // an upload that does not exist or is not the user's, 409 "upload_incomplete" for an
    // unfinished one, 409 "upload_already_attached", 413 "message_too_large" when the total
    // exceeds 1 GiB. Files are moved (rename) only after every check passed.
    std::vector<AttachmentInfo> attachUploads(Database &db, const std::string &messageId,
                                              const std::string &userId,
                                              const std::vector<std::string> &uploadIds);

    // Copies a local file in as an attachment of messageId (admin CLI, demo seeding); hashes
    // while copying. Caller holds the database lock. The name is sanitised (sanitizeFileName);
    // an empty name takes the file's, an empty contentType is guessed from the name. Throws
    // std::runtime_error when the file cannot be read, ApiError 413 "message_too_large".
    AttachmentInfo importFile(Database &db, const std::string &messageId,
                              const std::filesystem::path &file, const std::string &name,
                              const std::string &contentType);

    // The media type of a file name by its extension (case-insensitive);
    // application/octet-stream when unknown.
    static std::string guessContentType(const std::string &fileName);

private:
    std::filesystem::path m_uploads;
    std::filesystem::path m_blobs;
};

} // namespace pli::server
