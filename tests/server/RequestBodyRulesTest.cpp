// RequestBodyRules: what happens to a body, decided from the request line and headers alone.
#include "RequestBodyRules.h"

#include <gtest/gtest.h>

using pli::server::BodyVerdict;
using pli::server::judgeRequestBody;

namespace {
constexpr std::size_t kMax = 1 << 20;

BodyVerdict judge(const char *method, const char *path, httplib::Headers headers = {})
{
    return judgeRequestBody(method, path, headers, kMax);
}
} // namespace

TEST(RequestBodyRules, JsonBodiesNeedALengthOfAtMostOneMebibyte)
{
    EXPECT_EQ(judge("POST", "/api/v1/contacts", {{"Content-Length", "20"}}).action,
              BodyVerdict::Action::Read);
    EXPECT_EQ(judge("POST", "/api/v1/contacts", {{"Content-Length", "1048576"}}).action,
              BodyVerdict::Action::Read);
    const auto tooLarge = judge("POST", "/api/v1/contacts", {{"Content-Length", "1048577"}});
    EXPECT_EQ(tooLarge.action, BodyVerdict::Action::Refuse);
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(tooLarge.code, "payload_too_large");
    for (const char *method : {"POST", "PUT", "PATCH"}) {
        const auto unsized = judge(method, "/api/v1/auth/login");
        EXPECT_EQ(unsized.status, 411) << method;
        EXPECT_EQ(unsized.code, "length_required") << method;
        const auto chunked =
            judge(method, "/api/v1/auth/login", {{"Transfer-Encoding", "chunked"}});
        EXPECT_EQ(chunked.status, 411) << method;
    }
    EXPECT_EQ(judge("DELETE", "/api/v1/contacts/x").action, BodyVerdict::Action::Read)
        << "a DELETE without a length has no body";
    EXPECT_EQ(judge("DELETE", "/api/v1/contacts/x", {{"Content-Length", "2000000"}}).status, 413);
}

TEST(RequestBodyRules, OnlyAnUploadPatchMayBeChunkedOrLarger)
{
    EXPECT_EQ(judge("PATCH", "/api/v1/uploads/up_1", {{"Transfer-Encoding", "chunked"}}).action,
              BodyVerdict::Action::Read);
    EXPECT_EQ(judge("PATCH", "/api/v1/uploads/up_1", {{"Content-Length", "67108864"}}).action,
              BodyVerdict::Action::Read);
    EXPECT_EQ(judge("PATCH", "/api/v1/uploads/up_1").action, BodyVerdict::Action::Read)
        << "its handler answers 411 itself";
    EXPECT_EQ(
        judge("PATCH", "/api/v1/uploads/up_1", {{"Transfer-Encoding", "gzip, chunked"}}).status,
        411)
        << "httplib only decodes plain chunked";
    EXPECT_EQ(judge("PUT", "/api/v1/uploads/up_1", {{"Content-Length", "2000000"}}).status, 413);
    EXPECT_EQ(judge("PATCH", "/api/v1/uploads", {{"Content-Length", "2000000"}}).status, 413);
    EXPECT_EQ(judge("PATCH", "/api/v1/uploads/up_1/x", {{"Content-Length", "2000000"}}).status,
              413);
    EXPECT_EQ(judge("POST", "/api/v1/uploadsx", {{"Content-Length", "2000000"}}).status, 413);
}

TEST(RequestBodyRules, RoutesThatReadNoBodyLeaveOneUnread)
{
    for (const auto &[method, path] :
         {std::pair{"GET", "/api/v1/me"}, std::pair{"HEAD", "/api/v1/uploads/up_1"},
          std::pair{"OPTIONS", "/api/v1/uploads"}, std::pair{"POST", "/api/v1/uploads"},
          std::pair{"DELETE", "/api/v1/uploads/up_1"}}) {
        EXPECT_EQ(judge(method, path, {{"Content-Length", "5000000000"}}).action,
                  BodyVerdict::Action::LeaveUnread)
            << method << ' ' << path;
        EXPECT_EQ(judge(method, path, {{"Content-Length", "0"}}).action, BodyVerdict::Action::Read)
            << method << ' ' << path;
        EXPECT_EQ(judge(method, path).action, BodyVerdict::Action::Read) << method << ' ' << path;
        EXPECT_EQ(judge(method, path, {{"Transfer-Encoding", "chunked"}}).status, 411)
            << method << ' ' << path;
    }
}

TEST(RequestBodyRules, AContentLengthIsOneNumberInDigits)
{
    for (const char *bad : {"", "abc", "12abc", "-1", "+5", "0x10", "1 2", "99999999999999999999"})
        EXPECT_EQ(judge("POST", "/api/v1/contacts", {{"Content-Length", bad}}).status, 400)
            << '"' << bad << '"';
    EXPECT_EQ(judge("GET", "/api/v1/me", {{"Content-Length", "abc"}}).status, 400);
    EXPECT_EQ(judge("POST", "/api/v1/contacts", {{"Content-Length", "2"}, {"Content-Length", "2"}})
                  .status,
              400);
    EXPECT_EQ(judge("POST", "/api/v1/contacts", {{"content-length", " 2 "}}).action,
              BodyVerdict::Action::Read)
        << "header names are case-insensitive; blanks around the value are allowed";
}
