#pragma once

#include <cstdint>
#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace pli::server {

struct UploadRecord;

// The request and answer headers every tus 1.0.0 exchange shares.
namespace tus {

inline constexpr const char *kVersion = "1.0.0";
// tus's own extensions, and pli's prefix-digest (PATCH: Upload-Prefix-Digest, see
// ChecksumHeader), which OPTIONS and HEAD answers both announce.
inline constexpr const char *kExtensions = "creation,checksum,termination,expiration,prefix-digest";

// Every tus answer names the protocol version; requests must speak 1.0.0. Throws ApiError 412
// "unsupported_tus_version" (with Tus-Version) otherwise.
void requireVersion(const httplib::Request &req, httplib::Response &res);

// A non-negative integer header (Upload-Length, Upload-Offset...); nullopt when absent, throws
// ApiError 400 when not digits. Values past int64 saturate, so they fail the size checks.
std::optional<std::int64_t> integerHeader(const httplib::Request &req, const char *name);

// A body with a known end (Content-Length or chunked). httplib would read any other until the
// client closes the connection, so such a body is never read.
bool hasDelimitedBody(const httplib::Request &req);

// Upload-Offset, and Upload-Expires while the upload is unfinished.
void setProgress(httplib::Response &res, const UploadRecord &upload);

} // namespace tus
} // namespace pli::server
