#include "AttachmentStore.h"

#include "ApiError.h"
#include "AttachmentRecords.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Digest.h"
#include "FileName.h"
#include "PrivateFiles.h"
#include "ServerConfig.h"
#include "UploadRecords.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <stdexcept>
#include <utility>

namespace pli::server {

namespace {
struct PendingUpload
{
    std::string id;
    std::string name;
    std::int64_t size = 0;
    std::string contentType;
    std::string sha256;
};

// Loads an upload that userId may attach, or throws the contract's error for it.
PendingUpload checkedUpload(Database &db, const std::string &uploadId, const std::string &userId)
{
    const auto upload = UploadRecords::row(db, uploadId);
    if (!upload || upload->userId != userId)
        throw ApiError(404, "not_found", "An upload does not exist.", {{"upload_id", uploadId}});
    if (!upload->attached && upload->expiresAt <= nowSeconds())
        throw ApiError(404, "not_found", "An upload has expired.", {{"upload_id", uploadId}});
    if (upload->attached)
        throw ApiError(409, "upload_already_attached", "An upload is already attached.",
                       {{"upload_id", uploadId}});
    if (!upload->complete())
        throw ApiError(409, "upload_incomplete", "An upload has not received all its bytes.",
                       {{"upload_id", uploadId}});
    return PendingUpload{uploadId, upload->filename, upload->length, upload->contentType,
                         *upload->sha256};
}
} // namespace

AttachmentStore::AttachmentStore(const std::filesystem::path &dataDir)
    : m_uploads(dataDir / "uploads")
    , m_blobs(dataDir / "blobs")
{}

std::filesystem::path AttachmentStore::uploadPath(const std::string &id) const
{
    return m_uploads / id;
}

std::filesystem::path AttachmentStore::blobPath(const std::string &id) const
{
    return m_blobs / id;
}

std::vector<AttachmentInfo> AttachmentStore::attachUploads(Database &db,
                                                           const std::string &messageId,
                                                           const std::string &userId,
                                                           const std::vector<std::string> &ids)
{
    std::vector<PendingUpload> uploads;
    std::set<std::string> seen;
    std::int64_t total = AttachmentRecords::attachedBytes(db, messageId);
    for (const auto &id : ids) {
        if (!seen.insert(id).second)
            throw ApiError(409, "upload_already_attached", "An upload is named twice.",
                           {{"upload_id", id}});
        uploads.push_back(checkedUpload(db, id, userId));
        total += uploads.back().size;
    }
    if (total > ServerConfig::maxUploadSize)
        throw ApiError(413, "message_too_large", "The attachments of a message exceed 1 GiB.");
    if (uploads.empty())
        return {};

    createPrivateFolder(m_blobs);
    std::vector<AttachmentInfo> attached;
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> moved;
    try {
        std::int64_t position = AttachmentRecords::nextPosition(db, messageId);
        for (const auto &upload : uploads) {
            AttachmentInfo info{crypto::randomId("a_"), upload.name, upload.size,
                                upload.contentType, upload.sha256};
            const auto from = uploadPath(upload.id);
            const auto to = blobPath(info.id);
            std::filesystem::rename(from, to);
            moved.emplace_back(from, to);
            AttachmentRecords::insert(db, messageId, info, position++, nowSeconds());
            UploadRecords::markAttached(db, upload.id);
            attached.push_back(std::move(info));
        }
    } catch (...) {
        // The caller's transaction rolls the rows back; put the bytes back where they were.
        std::error_code ignored;
        for (const auto &[from, to] : moved)
            std::filesystem::rename(to, from, ignored);
        throw;
    }
    return attached;
}

AttachmentInfo AttachmentStore::importFile(Database &db, const std::string &messageId,
                                           const std::filesystem::path &file,
                                           const std::string &name, const std::string &contentType)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || !std::filesystem::is_regular_file(file))
        throw std::runtime_error("cannot read " + file.string());
    if (AttachmentRecords::attachedBytes(db, messageId) + static_cast<std::int64_t>(size) >
        ServerConfig::maxUploadSize)
        throw ApiError(413, "message_too_large", "The attachments of a message exceed 1 GiB.");

    AttachmentInfo info;
    info.id = crypto::randomId("a_");
    info.name = sanitizeFileName(name.empty() ? file.filename().string() : name);
    info.contentType = contentType.empty() ? guessContentType(info.name) : contentType;

    createPrivateFolder(m_blobs);
    const auto target = blobPath(info.id);
    const auto partial = std::filesystem::path(target).concat(".part");
    try {
        std::ifstream in(file, std::ios::binary);
        if (!createPrivateFile(partial))
            throw std::runtime_error("cannot copy " + file.string());
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!in || !out)
            throw std::runtime_error("cannot copy " + file.string());
        Digest digest(DigestAlgorithm::Sha256);
        std::vector<char> buffer(1 << 16);
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            const auto count = in.gcount();
            if (count <= 0)
                break;
            digest.update(buffer.data(), static_cast<std::size_t>(count));
            out.write(buffer.data(), count);
            info.size += count;
        }
        out.close();
        if (in.bad() || !out)
            throw std::runtime_error("cannot copy " + file.string());
        const auto hash = digest.finish();
        info.sha256 = crypto::toHex(hash.data(), hash.size());
        std::filesystem::rename(partial, target);
        AttachmentRecords::insert(db, messageId, info,
                                  AttachmentRecords::nextPosition(db, messageId), nowSeconds());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        std::filesystem::remove(target, ignored);
        throw;
    }
    return info;
}

std::string AttachmentStore::guessContentType(const std::string &fileName)
{
    static const std::array<std::pair<std::string_view, std::string_view>, 34> types{{
        {"7z", "application/x-7z-compressed"},
        {"bmp", "image/bmp"},
        {"csv", "text/csv"},
        {"doc", "application/msword"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"eml", "message/rfc822"},
        {"gif", "image/gif"},
        {"gz", "application/gzip"},
        {"heic", "image/heic"},
        {"htm", "text/html"},
        {"html", "text/html"},
        {"jpeg", "image/jpeg"},
        {"jpg", "image/jpeg"},
        {"json", "application/json"},
        {"md", "text/markdown"},
        {"mp3", "audio/mpeg"},
        {"mp4", "video/mp4"},
        {"odp", "application/vnd.oasis.opendocument.presentation"},
        {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
        {"odt", "application/vnd.oasis.opendocument.text"},
        {"pdf", "application/pdf"},
        {"png", "image/png"},
        {"ppt", "application/vnd.ms-powerpoint"},
        {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
        {"rtf", "application/rtf"},
        {"svg", "image/svg+xml"},
        {"tif", "image/tiff"},
        {"tiff", "image/tiff"},
        {"txt", "text/plain"},
        {"webp", "image/webp"},
        {"xls", "application/vnd.ms-excel"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"xml", "application/xml"},
        {"zip", "application/zip"},
    }};
    const auto dot = fileName.rfind('.');
    if (dot == std::string::npos || dot + 1 == fileName.size())
        return "application/octet-stream";
    std::string extension = fileName.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    const auto it = std::find_if(types.begin(), types.end(),
                                 [&](const auto &entry) { return entry.first == extension; });
    return it == types.end() ? "application/octet-stream" : std::string(it->second);
}

} // namespace pli::server
