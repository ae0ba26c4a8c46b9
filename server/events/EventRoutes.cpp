// GET /events: the signed-in user's live updates as Server-Sent Events.
#include "ApiError.h"
#include "Crypto.h"
#include "EventStream.h"
#include "Principal.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerContext.h"
#include "StreamRegistry.h"

#include <charconv>
#include <memory>

namespace pli::server {

namespace {
std::int64_t lastEventIdOf(const httplib::Request &req)
{
    if (!req.has_header("Last-Event-ID"))
        return -1;
    const std::string value = req.get_header_value("Last-Event-ID");
    if (value.empty())
        return -1;
    std::int64_t id = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
    if (ec != std::errc() || ptr != value.data() + value.size() || id < 0)
        throw ApiError(400, "invalid_request",
                       "Last-Event-ID must be the id of an event this server sent.",
                       {{"field", "Last-Event-ID"}});
    return id;
}

// Seconds a refused client should wait: a user's own streams free up when they close (a
// restarted client's old stream ends within a second of its socket closing); the server's
// within the keep-alive period at most, as clients come and go.
constexpr const char *kRetryAfterUserQuota = "30";
constexpr const char *kRetryAfterServerLimit = "10";

std::unique_ptr<StreamSubscription> subscribe(ServerContext &ctx, const std::string &userId,
                                              const std::string &tokenHash)
{
    StreamRegistry::Refusal refusal = StreamRegistry::Refusal::None;
    auto subscription = ctx.streams->open(userId, tokenHash, refusal);
    if (refusal == StreamRegistry::Refusal::UserQuota) {
        ApiError error(429, "too_many_streams",
                       "This account has " + std::to_string(ctx.streams->perUserLimit()) +
                           " event streams open already: close one first.");
        error.retryAfter = kRetryAfterUserQuota;
        throw error;
    }
    if (refusal == StreamRegistry::Refusal::ServerLimit) {
        ApiError error(503, "server_busy",
                       "The server has as many event streams open as it serves: try again soon.");
        error.retryAfter = kRetryAfterServerLimit;
        throw error;
    }
    return subscription;
}

void openStream(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    // requirePrincipal() accepted "Bearer <token>"; the stream ends with that session.
    constexpr std::string_view scheme = "Bearer ";
    const std::string token = req.get_header_value("Authorization").substr(scheme.size());
    const std::int64_t lastEventId = lastEventIdOf(req);
    auto stream = std::make_shared<EventStream>(
        ctx, subscribe(ctx, principal.userId, crypto::sha256Hex(token)), lastEventId);
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Accel-Buffering", "no");
    res.set_chunked_content_provider(
        "text/event-stream",
        [stream](size_t, httplib::DataSink &sink) { return stream->pump(sink); });
}
} // namespace

void installEventRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(server, ctx, {{Method::Get, "/api/v1/events", openStream}});
}

} // namespace pli::server
