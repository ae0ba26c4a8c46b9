// GET /attachments/{id} (metadata) and GET|HEAD /attachments/{id}/content (the bytes, streamed
// from <data>/blobs with single byte ranges, strong ETag and RFC 9530 Repr-Digest).
#include "ApiError.h"
#include "AttachmentRecords.h"
#include "AttachmentStore.h"
#include "ByteRange.h"
#include "Clock.h"
#include "ContentDisposition.h"
#include "ConversationRecords.h"
#include "Crypto.h"
#include "Database.h"
#include "HttpJson.h"
#include "Log.h"
#include "Principal.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerContext.h"

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace pli::server {

namespace {
constexpr std::size_t kReadChunk = 64 * 1024;

struct VisibleAttachment
{
    AttachmentInfo info;
    std::string messageId;
    std::string conversationId;
    std::string personaId; // the caller's persona in the conversation
};

// The attachment if userId is a member of its conversation (404 otherwise, as for one that does
// not exist) and its message has not expired (410).
VisibleAttachment findVisible(ServerContext &ctx, const std::string &id, const std::string &userId)
{
    auto guard = ctx.db->lock();
    const auto row = AttachmentRecords::find(*ctx.db, id);
    if (!row)
        throw ApiError::notFound();
    const auto persona = ConversationRecords::memberPersona(*ctx.db, row->conversationId, userId);
    if (!persona)
        throw ApiError::notFound();
    if (row->messageExpiresAt && *row->messageExpiresAt <= nowSeconds())
        throw ApiError(410, "message_expired", "The message and its attachments have expired.");
    return VisibleAttachment{row->info, row->messageId, row->conversationId, *persona};
}

// An open blob shared by the content provider; closes the file when the response is done.
struct OpenBlob
{
    explicit OpenBlob(int descriptor)
        : fd(descriptor)
    {}
    ~OpenBlob() { ::close(fd); }
    OpenBlob(const OpenBlob &) = delete;
    OpenBlob &operator=(const OpenBlob &) = delete;

    int fd;
    std::vector<char> buffer = std::vector<char>(kReadChunk);
};

std::shared_ptr<OpenBlob> openBlob(const std::filesystem::path &path, std::int64_t expectedSize)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        logLine("attachment blob missing: " + path.filename().string());
        throw ApiError(500, "internal_error", "The attachment cannot be read.");
    }
    auto blob = std::make_shared<OpenBlob>(fd);
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || info.st_size != expectedSize) {
        logLine("attachment blob has the wrong size: " + path.filename().string());
        throw ApiError(500, "internal_error", "The attachment cannot be read.");
    }
    return blob;
}

std::string reprDigest(const std::string &sha256Hex)
{
    const auto bytes = crypto::fromHex(sha256Hex);
    return "sha-256=:" + crypto::base64Encode(bytes.data(), bytes.size()) + ":";
}

// If-Range (RFC 9110 §13.1.5): the range applies only when the validator is our strong ETag;
// a different or weak ETag, or a date, asks for the whole current representation.
bool rangeStillApplies(const httplib::Request &req, const std::string &etag)
{
    if (!req.has_header("If-Range"))
        return true;
    return req.get_header_value("If-Range") == etag;
}

// httplib 0.11 re-applies any Range header to every answer of a routed handler, and does it
// wrongly (no bounds check, error bodies cut); this module resolves ranges itself, so each
// handler drops the request's parsed ranges before anything can be answered.
void ownRanges(const httplib::Request &req)
{
    const_cast<httplib::Request &>(req).ranges.clear();
}

void sendMetadata(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ownRanges(req);
    const Principal principal = requirePrincipal(req, ctx);
    const VisibleAttachment found = findVisible(ctx, req.matches[1], principal.userId);
    sendJson(res, 200,
             {{"id", found.info.id},
              {"name", found.info.name},
              {"size", found.info.size},
              {"content_type", found.info.contentType},
              {"sha256", found.info.sha256},
              {"message_id", found.messageId},
              {"conversation_id", found.conversationId}});
    res.set_header("Cache-Control", "private, no-store");
}

void sendContent(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ownRanges(req);
    const Principal principal = requirePrincipal(req, ctx);
    const VisibleAttachment found = findVisible(ctx, req.matches[1], principal.userId);
    const AttachmentInfo &info = found.info;
    auto blob = openBlob(ctx.attachments->blobPath(info.id), info.size);

    const std::string etag = "\"" + info.sha256 + "\"";
    res.set_header("ETag", etag);
    res.set_header("Accept-Ranges", "bytes");
    res.set_header("Repr-Digest", reprDigest(info.sha256));
    res.set_header("Cache-Control", "private, no-store");
    res.set_header("Content-Disposition", attachmentDisposition(info.name));

    ByteRange range = ByteRange::whole(info.size);
    if (rangeStillApplies(req, etag))
        range = ByteRange::resolve(req.get_header_value("Range"), info.size);

    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        res.set_header("Content-Range", "bytes */" + std::to_string(info.size));
        sendProblem(res, 416, "range_not_satisfiable",
                    "The range starts past the end of the attachment.");
        return;
    }
    if (range.kind == ByteRange::Kind::Partial) {
        res.status = 206;
        res.set_header("Content-Range", "bytes " + std::to_string(range.first) + "-" +
                                            std::to_string(range.last) + "/" +
                                            std::to_string(info.size));
    } else {
        res.status = 200;
    }

    if (req.method == "GET" && range.first == 0) {
        auto guard = ctx.db->lock();
        ConversationRecords::recordActivity(*ctx.db, found.conversationId, found.personaId,
                                            "downloaded", nowSeconds());
    }

    if (range.length() <= 0) { // an empty attachment: httplib providers need a length
        res.set_content("", info.contentType);
        return;
    }
    const auto start = static_cast<off_t>(range.first);
    res.set_content_provider(
        static_cast<std::size_t>(range.length()), info.contentType,
        [blob, start](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
            const std::size_t wanted = std::min(length, blob->buffer.size());
            const ssize_t got =
                ::pread(blob->fd, blob->buffer.data(), wanted, start + static_cast<off_t>(offset));
            if (got <= 0)
                return false;
            return sink.write(blob->buffer.data(), static_cast<std::size_t>(got));
        });
}
} // namespace

void installAttachmentRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(server, ctx,
                  {{Method::Get, R"(/api/v1/attachments/([^/]+))", sendMetadata},
                   // Also answers HEAD: httplib sends no body then.
                   {Method::Get, R"(/api/v1/attachments/([^/]+)/content)", sendContent}});
}

} // namespace pli::server
