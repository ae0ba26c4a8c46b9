#include "RequestBodyRules.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace pli::server {

namespace {
constexpr std::string_view kUploads = "/api/v1/uploads";

bool isUploadCollection(std::string_view path)
{
    return path == kUploads;
}

bool isUploadItem(std::string_view path)
{
    if (path.size() <= kUploads.size() + 1 || path.substr(0, kUploads.size()) != kUploads ||
        path[kUploads.size()] != '/')
        return false;
    return path.find('/', kUploads.size() + 1) == std::string_view::npos;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

BodyVerdict refuse(int status, std::string code, std::string detail)
{
    return {BodyVerdict::Action::Refuse, status, std::move(code), std::move(detail)};
}

// The declared length: nullopt when absent, -1 when malformed or repeated.
std::optional<long long> declaredLength(const httplib::Headers &headers)
{
    const auto [first, last] = headers.equal_range("Content-Length");
    if (first == last)
        return std::nullopt;
    if (std::next(first) != last)
        return -1;
    const std::string_view text = trimmed(first->second);
    if (text.empty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    long long value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}
} // namespace

BodyVerdict judgeRequestBody(std::string_view method, std::string_view path,
                             const httplib::Headers &headers, std::size_t maxBody)
{
    const auto length = declaredLength(headers);
    if (length && *length < 0)
        return refuse(400, "invalid_request", "Send one Content-Length, in digits.");
    const auto encoding = headers.find("Transfer-Encoding");
    const bool chunkPatch = method == "PATCH" && isUploadItem(path);
    if (encoding != headers.end()) {
        if (chunkPatch && equalsIgnoringCase(trimmed(encoding->second), "chunked"))
            return {};
        return refuse(411, "length_required", "Send the body with a Content-Length.");
    }
    if (chunkPatch)
        return {};

    const bool readsNoBody = method == "GET" || method == "HEAD" || method == "OPTIONS" ||
                             (method == "POST" && isUploadCollection(path)) ||
                             (method == "DELETE" && isUploadItem(path));
    if (readsNoBody && length && *length > 0) {
        BodyVerdict unread;
        unread.action = BodyVerdict::Action::LeaveUnread;
        return unread;
    }
    if (readsNoBody)
        return {};
    if (!length) {
        if (method == "POST" || method == "PUT" || method == "PATCH" || method == "PRI")
            return refuse(411, "length_required", "Send the body with a Content-Length.");
        return {}; // DELETE and others without a length have no body
    }
    if (static_cast<unsigned long long>(*length) > maxBody)
        return refuse(413, "payload_too_large", "The body is larger than 1 MiB.");
    return {};
}

} // namespace pli::server
