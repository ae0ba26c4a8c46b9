// Reading, posting and opening messages. Whatever the caller may not see answers 404 exactly
// like what does not exist.
#include "ApiError.h"
#include "Clock.h"
#include "ConversationActions.h"
#include "ConversationRecords.h"
#include "Database.h"
#include "HttpJson.h"
#include "MessageQueries.h"
#include "Principal.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerContext.h"

namespace pli::server {

namespace {
void listMessages(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const int limit = static_cast<int>(queryInt(req, "limit", 5, 1, 100));
    auto before = queryParam(req, "before");
    if (before && before->empty())
        before.reset();
    const std::string id = req.matches[1];
    auto guard = ctx.db->lock();
    const auto persona = ConversationRecords::memberPersona(*ctx.db, id, principal.userId);
    if (!persona)
        throw ApiError::notFound();
    MessageQueries messages(*ctx.db, *persona, principal.userId, nowSeconds());
    sendJson(res, 200, messages.page(id, limit, before));
}

void postMessage(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ConversationActions actions(ctx, requirePrincipal(req, ctx));
    const auto body = readJsonObject(req);
    const std::string text = requireString(body, "body");
    const auto uploads = optionalStringArray(body, "attachments");
    sendJson(res, 201, actions.post(req.matches[1], text, uploads));
}

void openMessage(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ConversationActions(ctx, requirePrincipal(req, ctx)).open(req.matches[1]);
    res.status = 204;
}
} // namespace

void installMessageRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(server, ctx,
                  {{Method::Get, R"(/api/v1/conversations/([^/]+)/messages)", listMessages},
                   {Method::Post, R"(/api/v1/conversations/([^/]+)/messages)", postMessage},
                   {Method::Post, R"(/api/v1/messages/([^/]+)/open)", openMessage}});
}

} // namespace pli::server
