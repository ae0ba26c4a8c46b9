#include "TusHeaders.h"

#include "ApiError.h"
#include "Clock.h"
#include "UploadRecords.h"

#include <httplib.h>

#include <charconv>
#include <limits>

namespace pli::server::tus {

void requireVersion(const httplib::Request &req, httplib::Response &res)
{
    res.set_header("Tus-Resumable", kVersion);
    if (req.get_header_value("Tus-Resumable") != kVersion) {
        res.set_header("Tus-Version", kVersion);
        throw ApiError(412, "unsupported_tus_version", "Send Tus-Resumable: 1.0.0.");
    }
}

std::optional<std::int64_t> integerHeader(const httplib::Request &req, const char *name)
{
    if (!req.has_header(name))
        return std::nullopt;
    const std::string text = req.get_header_value(name);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        throw ApiError(400, "invalid_request", std::string(name) + " must be a number of bytes.");
    std::int64_t value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec == std::errc::result_out_of_range)
        return std::numeric_limits<std::int64_t>::max(); // past every limit: refused as too large
    return value;
}

bool hasDelimitedBody(const httplib::Request &req)
{
    return req.has_header("Content-Length") ||
           req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
}

void setProgress(httplib::Response &res, const UploadRecord &upload)
{
    res.set_header("Upload-Offset", std::to_string(upload.offset));
    if (upload.offset < upload.length)
        res.set_header("Upload-Expires", toHttpDate(upload.expiresAt));
}

} // namespace pli::server::tus
