// libFuzzer target: any bytes, as what a client puts in a request, through everything the server
// parses before a handler trusts it: the body rules (request line and headers), Content-Length
// and tus headers, Range, Upload-Checksum and Upload-Prefix-Digest, Upload-Metadata, file names
// and Content-Disposition, e-mail addresses, base32 secrets, RFC 3339 times, query integers and
// JSON bodies. Must never crash, hang or leak; refusals are ApiError (a problem answer), nothing
// else may be thrown.
#include "ApiError.h"
#include "Base32.h"
#include "ByteRange.h"
#include "ChecksumHeader.h"
#include "Clock.h"
#include "ContentDisposition.h"
#include "EmailAddress.h"
#include "FileName.h"
#include "HttpJson.h"
#include "RequestBodyRules.h"
#include "TusHeaders.h"
#include "UploadMetadata.h"

#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using pli::server::ApiError;

template<class F> void refusalsOnly(F &&parse)
{
    try {
        parse();
    } catch (const ApiError &) {
        // a problem answer: fine
    }
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// "METHOD PATH\r\nName: value\r\n..." as the request line and headers httplib would hand over.
void bodyRules(std::string_view text)
{
    httplib::Headers headers;
    std::string method = "POST";
    std::string path = "/api/v1/contacts";
    bool first = true;
    while (!text.empty()) {
        const auto end = text.find("\r\n");
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 2);
        if (first) {
            const auto space = line.find(' ');
            method = std::string(line.substr(0, space));
            path = space == std::string_view::npos ? "" : std::string(line.substr(space + 1));
            first = false;
            continue;
        }
        const auto colon = line.find(':');
        if (colon != std::string_view::npos)
            headers.emplace(std::string(line.substr(0, colon)),
                            std::string(line.substr(colon + 1)));
    }
    using Action = pli::server::BodyVerdict::Action;
    const auto verdict = pli::server::judgeRequestBody(method, path, headers, 1 << 20);
    if (verdict.action == Action::Refuse)
        check(verdict.status == 400 || verdict.status == 411 || verdict.status == 413);
    else
        check(verdict.status == 0);

    httplib::Request req;
    req.headers = headers;
    for (const char *name : {"Upload-Length", "Upload-Offset", "Content-Length"})
        refusalsOnly([&] {
            if (const auto value = pli::server::tus::integerHeader(req, name))
                check(*value >= 0);
        });
    (void)pli::server::tus::hasDelimitedBody(req);
}

void ranges(const std::string &text, std::int64_t size)
{
    const auto range = pli::server::ByteRange::resolve(text, size);
    if (range.kind == pli::server::ByteRange::Kind::Partial)
        check(range.first >= 0 && range.first <= range.last && range.last < size);
}

void fileNames(const std::string &text)
{
    const std::string name = pli::server::sanitizeFileName(text);
    check(!name.empty() && name.size() <= 255 && name != "..");
    check(name.find('/') == std::string::npos && name.find('\\') == std::string::npos);
    check(!pli::server::hasControlCharacter(name));
    const std::string disposition = pli::server::attachmentDisposition(text);
    check(disposition.find('\r') == std::string::npos &&
          disposition.find('\n') == std::string::npos);
}

void jsonBody(const std::string &text)
{
    httplib::Request req;
    req.body = text;
    req.headers.emplace("Content-Type", "application/json");
    refusalsOnly([&] {
        const auto body = pli::server::readJsonObject(req);
        for (const char *field : {"email", "body", "ids", "attachments", "code"}) {
            refusalsOnly([&] { (void)pli::server::requireString(body, field); });
            refusalsOnly([&] { (void)pli::server::optionalString(body, field); });
            refusalsOnly([&] { (void)pli::server::requireStringArray(body, field); });
            refusalsOnly([&] { (void)pli::server::optionalStringArray(body, field); });
        }
    });
}

void queryParameters(const std::string &text)
{
    httplib::Request req;
    req.params.emplace("limit", text);
    refusalsOnly([&] {
        const auto value = pli::server::queryInt(req, "limit", 5, 1, 100);
        check(value >= 1 && value <= 100);
    });
    (void)pli::server::queryParam(req, "limit");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const std::int64_t length = size > 0 ? static_cast<std::int64_t>(data[0]) * 4099 : 0;

    bodyRules(text);
    ranges(text, length);
    refusalsOnly([&] { (void)pli::server::ChecksumHeader::parse(text); });
    refusalsOnly([&] { (void)pli::server::ChecksumHeader::parsePrefixDigest(text); });
    if (const auto metadata = pli::server::UploadMetadata::parse(text)) {
        (void)metadata->value("filename");
        (void)metadata->value("content_type");
    }
    fileNames(text);
    (void)pli::server::isValidEmailAddress(text);
    (void)pli::server::characterCount(text);
    (void)pli::server::trimmed(text);
    (void)pli::server::base32::decode(text);
    (void)pli::server::base32::normalize(text);
    (void)pli::server::fromRfc3339(text);
    jsonBody(text);
    queryParameters(text);
    return 0;
}
