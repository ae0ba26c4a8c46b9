// Conversation lists, starting a conversation, its details and its activity history. Whatever
// the caller may not see answers 404 exactly like what does not exist.
#include "ActivityQueries.h"
#include "ApiError.h"
#include "Clock.h"
#include "ConversationActions.h"
#include "ConversationQueries.h"
#include "ConversationRecords.h"
#include "ConversationWriter.h"
#include "Database.h"
#include "EmailAddress.h"
#include "HttpJson.h"
#include "PersonaRecords.h"
#include "Principal.h"
#include "RouteParams.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerContext.h"

namespace pli::server {

namespace {
constexpr std::size_t kMaxParticipants = 100;
constexpr std::size_t kMaxDeleteIds = 100;

ConversationListRequest listRequestOf(const httplib::Request &req)
{
    ConversationListRequest request;
    request.page = queryInt(req, "page", 1, 1, 1000000);
    request.perPage = std::stoll(choiceParam(req, "per_page", {"10", "20", "30"}, "10"));
    request.sort = choiceParam(req, "sort", {"modified", "title", "owner"}, "modified");
    request.order = choiceParam(req, "order", {"asc", "desc"}, "desc");
    request.q = trimmed(queryParam(req, "q").value_or(""));
    return request;
}

void listConversations(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const ConversationListRequest request = listRequestOf(req);
    auto guard = ctx.db->lock();
    if (!PersonaRecords::ownedCard(*ctx.db, req.matches[1], principal.userId))
        throw ApiError::notFound();
    sendJson(res, 200, ConversationQueries::list(*ctx.db, req.matches[1], request, nowSeconds()));
}

void deleteConversations(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ConversationActions actions(ctx, requirePrincipal(req, ctx));
    const auto ids = requireStringArray(readJsonObject(req), "ids");
    if (ids.empty() || ids.size() > kMaxDeleteIds)
        throw ApiError(400, "invalid_request", "Name from 1 to 100 conversations in \"ids\".",
                       {{"field", "ids"}});
    actions.removeFromList(req.matches[1], ids);
    res.status = 204;
}

void startConversation(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ConversationActions actions(ctx, requirePrincipal(req, ctx));
    actions.requireMayStart();
    const auto body = readJsonObject(req);
    NewConversation conversation;
    conversation.personaId = requireString(body, "persona_id");
    conversation.title = requireString(body, "title");
    conversation.participants = requireStringArray(body, "participants");
    conversation.body = requireString(body, "body");
    conversation.uploads = optionalStringArray(body, "attachments");
    ConversationWriter::checkTitle(conversation.title);
    ConversationWriter::checkBody(conversation.body);
    if (conversation.participants.empty() || conversation.participants.size() > kMaxParticipants)
        throw ApiError(400, "invalid_request", "Name from 1 to 100 participants.",
                       {{"field", "participants"}});
    const nlohmann::json created = actions.start(conversation);
    res.set_header("Location", "/api/v1/conversations/" + created["id"].get<std::string>());
    sendJson(res, 201, created);
}

void conversationDetail(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    ConversationActions actions(ctx, requirePrincipal(req, ctx));
    sendJson(res, 200, actions.read(req.matches[1]));
}

void conversationActivity(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const std::string sort = choiceParam(req, "sort", {"name", "activity", "date"}, "date");
    const std::string order = choiceParam(req, "order", {"asc", "desc"}, "asc");
    auto guard = ctx.db->lock();
    if (!ConversationRecords::memberPersona(*ctx.db, req.matches[1], principal.userId))
        throw ApiError::notFound();
    sendJson(res, 200, ActivityQueries::list(*ctx.db, req.matches[1], sort, order));
}
} // namespace

void installConversationRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(
        server, ctx,
        {{Method::Get, R"(/api/v1/personas/([^/]+)/conversations)", listConversations},
         {Method::Post, R"(/api/v1/personas/([^/]+)/conversations/delete)", deleteConversations},
         {Method::Post, "/api/v1/conversations", startConversation},
         {Method::Get, R"(/api/v1/conversations/([^/]+))", conversationDetail},
         {Method::Get, R"(/api/v1/conversations/([^/]+)/activity)", conversationActivity}});
}

} // namespace pli::server
