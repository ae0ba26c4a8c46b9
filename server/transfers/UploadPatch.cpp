#include "UploadPatch.h"

#include "ApiError.h"
#include "AttachmentStore.h"
#include "ChunkReceiver.h"
#include "ConnectionClose.h"
#include "Crypto.h"
#include "Digest.h"
#include "Log.h"
#include "Principal.h"
#include "ServerConfig.h"
#include "TusHeaders.h"
#include "UploadService.h"

#include <httplib.h>

namespace pli::server {

namespace {
// Hashes the finished upload (from the running digest when it covers every byte) and records it.
bool complete(UploadService &uploads, const UploadRecord &upload, UploadRegistry::Lease &lease)
{
    std::vector<unsigned char> hash;
    if (auto *running = lease.runningAt(upload.length))
        hash = running->digest.finish();
    else
        hash = Digest::sha256OfFile(uploads.ctx.attachments->uploadPath(upload.id));
    lease.dropRunning();
    const bool saved = uploads.records.saveComplete(upload.id, upload.length,
                                                    crypto::toHex(hash.data(), hash.size()),
                                                    uploads.ctx.config.uploadTtl);
    uploads.registry.forget(upload.id);
    return saved;
}

} // namespace

void patchUpload(UploadService &uploads, const httplib::Request &req, httplib::Response &res,
                 const httplib::ContentReader &reader, bool &bodyRead)
{
    tus::requireVersion(req, res);
    const Principal principal = requirePrincipal(req, uploads.ctx);
    std::string mediaType = req.get_header_value("Content-Type");
    mediaType = mediaType.substr(0, mediaType.find(';'));
    while (!mediaType.empty() && mediaType.back() == ' ')
        mediaType.pop_back();
    if (mediaType != "application/offset+octet-stream")
        throw ApiError(415, "unsupported_media_type",
                       "Send the bytes as application/offset+octet-stream.");
    if (!tus::hasDelimitedBody(req)) {
        closeAfterAnswer(res);
        throw ApiError(411, "length_required", "Send the bytes with a Content-Length.");
    }
    const auto claimedOffset = tus::integerHeader(req, "Upload-Offset");
    if (!claimedOffset)
        throw ApiError(400, "invalid_request", "Upload-Offset is required.");
    std::optional<ChecksumHeader> checksum;
    if (req.has_header("Upload-Checksum") && req.has_header("Upload-Prefix-Digest"))
        throw ApiError(400, "invalid_checksum",
                       "Send Upload-Checksum or Upload-Prefix-Digest, not both.");
    if (req.has_header("Upload-Checksum"))
        checksum = ChecksumHeader::parse(req.get_header_value("Upload-Checksum"));
    if (req.has_header("Upload-Prefix-Digest"))
        checksum = ChecksumHeader::parsePrefixDigest(req.get_header_value("Upload-Prefix-Digest"));

    const UploadRecord found = uploads.owned(req.matches[1], principal.userId);
    if (found.attached)
        throw ApiError(409, "upload_already_attached", "The upload is an attachment now.");
    auto lease = uploads.registry.tryAcquire(found.id);
    if (!lease)
        throw ApiError(409, "upload_busy", "Another request is writing this upload.");
    // Read again under the lease: a PATCH that just ended may have moved the offset.
    const UploadRecord upload = uploads.owned(req.matches[1], principal.userId);
    if (*claimedOffset != upload.offset) {
        res.set_header("Upload-Offset", std::to_string(upload.offset));
        throw ApiError(409, "offset_mismatch", "Upload-Offset is not the upload's offset.",
                       {{"offset", upload.offset}});
    }
    const std::int64_t remaining = upload.length - upload.offset;
    const auto declared = tus::integerHeader(req, "Content-Length");
    if (declared && *declared > remaining)
        throw ApiError(413, "upload_length_exceeded", "The bytes go past Upload-Length.");
    if (declared && *declared > static_cast<std::int64_t>(ServerConfig::maxChunkBody))
        throw ApiError(413, "payload_too_large", "A PATCH may carry at most 64 MiB.");

    const auto limit = std::min(remaining, static_cast<std::int64_t>(ServerConfig::maxChunkBody));
    const auto path = uploads.ctx.attachments->uploadPath(upload.id);
    // A prefix digest is checked with the running digest: after a restart it is hashed again from
    // the file, once.
    UploadRegistry::RunningDigest *running = checksum && checksum->coversPrefix
                                                 ? &lease->runningFromFile(path, upload.offset)
                                                 : lease->runningAt(upload.offset);
    ChunkReceiver receiver(path, upload.offset, limit, checksum, running);
    bodyRead = true;
    const auto outcome = receiver.receive(reader);
    switch (outcome) {
    case ChunkReceiver::Outcome::TooLong:
        throw ApiError(413, limit == remaining ? "upload_length_exceeded" : "payload_too_large",
                       "The bytes go past Upload-Length or the 64 MiB chunk limit.");
    case ChunkReceiver::Outcome::WriteFailed:
        logLine("upload write failed: " + upload.id);
        throw ApiError(507, "insufficient_storage", "The server could not store the bytes.");
    case ChunkReceiver::Outcome::ChecksumMismatch:
        res.set_header("Upload-Offset", std::to_string(upload.offset));
        throw ApiError(460, "checksum_mismatch", "The bytes do not match Upload-Checksum.");
    case ChunkReceiver::Outcome::Dropped:
    case ChunkReceiver::Outcome::Received:
        break;
    }

    receiver.sync();
    UploadRecord progressed = upload;
    progressed.offset = receiver.offset();
    bool saved = false;
    if (progressed.offset == progressed.length && progressed.length > upload.offset) {
        saved = complete(uploads, progressed, *lease);
    } else {
        saved = uploads.records.saveOffset(upload.id, progressed.offset);
    }
    if (!saved) { // deleted or expired while the bytes were arriving
        std::error_code ignored;
        std::filesystem::remove(uploads.ctx.attachments->uploadPath(upload.id), ignored);
        throw ApiError::notFound();
    }
    if (outcome == ChunkReceiver::Outcome::Dropped)
        closeAfterAnswer(res); // nobody is listening; the bytes are kept
    res.status = 204;
    tus::setProgress(res, progressed);
}
} // namespace pli::server
