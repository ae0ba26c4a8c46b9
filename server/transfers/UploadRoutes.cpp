// tus 1.0.0 under /api/v1/uploads (core, creation, checksum, termination, expiration):
// resumable uploads whose bytes become attachments when a message names them.
#include "ApiError.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "ConnectionClose.h"
#include "FileName.h"
#include "Principal.h"
#include "RetentionSweeper.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerConfig.h"
#include "TusHeaders.h"
#include "UploadMetadata.h"
#include "UploadPatch.h"
#include "UploadQuota.h"
#include "UploadService.h"

#include <regex>

namespace pli::server {

namespace {
constexpr const char *kCollection = R"(/api/v1/uploads)";
constexpr const char *kItem = R"(/api/v1/uploads/([^/]+))";

bool isMediaType(const std::string &text)
{
    static const std::regex pattern(R"([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/)"
                                    R"([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126})");
    return std::regex_match(text, pattern);
}

void options(UploadService &, const httplib::Request &, httplib::Response &res)
{
    res.status = 204;
    res.set_header("Tus-Resumable", tus::kVersion);
    res.set_header("Tus-Version", tus::kVersion);
    res.set_header("Tus-Extension", tus::kExtensions);
    res.set_header("Tus-Max-Size", std::to_string(ServerConfig::maxUploadSize));
    res.set_header("Tus-Checksum-Algorithm", "sha1,sha256");
}

// Registered with a body reader that it does not call: creation-with-upload is not offered (a
// body sent anyway stays unread and the connection is closed: RequestBodyRules).
void create(UploadService &uploads, const httplib::Request &req, httplib::Response &res,
            const httplib::ContentReader &)
{
    tus::requireVersion(req, res);
    const Principal principal = requirePrincipal(req, uploads.ctx);
    if (req.has_header("Upload-Defer-Length"))
        throw ApiError(400, "upload_length_required", "Deferred lengths are not supported.");
    const auto length = tus::integerHeader(req, "Upload-Length");
    if (!length)
        throw ApiError(400, "upload_length_required", "Upload-Length is required.");
    if (*length > ServerConfig::maxUploadSize)
        throw ApiError(413, "upload_too_large", "A file may not exceed 1 GiB.",
                       {{"max_size", ServerConfig::maxUploadSize}});

    const auto metadata = UploadMetadata::parse(req.get_header_value("Upload-Metadata"));
    if (!metadata)
        throw ApiError(400, "invalid_metadata", "Upload-Metadata is not valid tus metadata.");
    const auto filename = metadata->value("filename");
    if (!filename || filename->empty())
        throw ApiError(400, "filename_required", "Upload-Metadata must name the file.");
    const std::string name = sanitizeFileName(*filename);
    std::string contentType = metadata->value("content_type").value_or("");
    if (contentType.empty())
        contentType = AttachmentStore::guessContentType(name);
    else if (!isMediaType(contentType))
        throw ApiError(400, "invalid_metadata", "content_type is not a media type.");

    uploads.sweep();
    const auto &cfg = uploads.ctx.config;
    const UploadRecord upload =
        uploads.records.create(principal.userId, *length, name, contentType, cfg.uploadTtl,
                               UploadQuota{cfg.maxOpenUploads, cfg.maxOpenUploadBytes});
    res.status = 201;
    res.set_header("Location", std::string(kCollection) + "/" + upload.id);
    res.set_header("Upload-Expires", toHttpDate(upload.expiresAt));
}

void head(UploadService &uploads, const httplib::Request &req, httplib::Response &res)
{
    if (req.method != "HEAD") {
        res.set_header("Allow", "HEAD, PATCH, DELETE, OPTIONS");
        throw ApiError(405, "method_not_allowed", "Ask for the offset with HEAD.");
    }
    tus::requireVersion(req, res);
    const Principal principal = requirePrincipal(req, uploads.ctx);
    const UploadRecord upload = uploads.owned(req.matches[1], principal.userId);
    res.status = 200;
    tus::setProgress(res, upload);
    res.set_header("Upload-Length", std::to_string(upload.length));
    res.set_header("Upload-Metadata",
                   UploadMetadata::format(
                       {{"filename", upload.filename}, {"content_type", upload.contentType}}));
    res.set_header("Cache-Control", "no-store");
    res.set_header("Tus-Extension", tus::kExtensions); // a client resuming here skips OPTIONS
}

// Registered with a body reader that it does not call, like create.
void terminate(UploadService &uploads, const httplib::Request &req, httplib::Response &res,
               const httplib::ContentReader &)
{
    tus::requireVersion(req, res);
    const Principal principal = requirePrincipal(req, uploads.ctx);
    const UploadRecord upload = uploads.owned(req.matches[1], principal.userId);
    if (upload.attached)
        throw ApiError(409, "upload_already_attached", "The upload is an attachment now.");
    if (!uploads.records.remove(upload.id))
        throw ApiError::notFound();
    uploads.registry.forget(upload.id);
    res.status = 204;
}

void patch(UploadService &uploads, const httplib::Request &req, httplib::Response &res,
           const httplib::ContentReader &reader)
{
    bool bodyRead = false;
    try {
        patchUpload(uploads, req, res, reader, bodyRead);
    } catch (...) {
        // Refused before reading: read the body away (up to the 64 MiB chunk limit) so the
        // answer reaches the client on a connection that stays usable.
        if (!bodyRead && tus::hasDelimitedBody(req)) {
            std::size_t discarded = 0;
            const bool drained = reader([&discarded](const char *, std::size_t size) {
                discarded += size;
                return discarded <= ServerConfig::maxChunkBody;
            });
            if (!drained)
                closeAfterAnswer(res);
        }
        throw;
    }
}
} // namespace

void installUploadRoutes(httplib::Server &server, ServerContext &ctx)
{
    auto uploads = std::make_shared<UploadService>(ctx);
    uploads->records.removeOrphanFiles();
    uploads->sweep();
    // Expired uploads leave the disk at every sweep, not only when someone creates an upload.
    if (ctx.sweeper)
        ctx.sweeper->addTask([uploads] { uploads->sweep(); });
    installRoutes(server, uploads,
                  {{Method::Options, kCollection, options},
                   {Method::Options, kItem, options},
                   {Method::Post, kCollection, create},
                   {Method::Get, kItem, head}, // httplib routes HEAD here
                   {Method::Delete, kItem, terminate},
                   {Method::Patch, kItem, patch}});
}

} // namespace pli::server
