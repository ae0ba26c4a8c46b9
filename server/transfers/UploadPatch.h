#pragma once

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace pli::server {

struct UploadService;

// PATCH /uploads/{id}: appends the request body to the upload at Upload-Offset, as it arrives,
// one PATCH per upload at a time; completes the upload (its SHA-256) when the last byte lands.
// Throws ApiError for refusals; any body it has not started reading is left unread.
void patchUpload(UploadService &uploads, const httplib::Request &req, httplib::Response &res,
                 const httplib::ContentReader &reader, bool &bodyRead);

} // namespace pli::server
