// Conversation lists, starting a conversation, its details and its activity history. Whatever
// the caller may not see answers 404 exactly like what does not exist.
#include "ActivityQueries.h"
#include "ApiError.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "ConversationRecords.h"
#include "ConversationQueries.h"
#include "ConversationWriter.h"
#include "Database.h"
#include "EmailAddress.h"
#include "HttpJson.h"
#include "MessageRoutes.h"
#include "Notifier.h"
#include "PersonaCard.h"
#include "Principal.h"
#include "RouteParams.h"
#include "Routes.h"
#include "ServerContext.h"

#include <httplib.h>

#include <set>

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
    if (!PersonaCard::ownedBy(*ctx.db, req.matches[1], principal.userId))
        throw ApiError::notFound();
    sendJson(res, 200, ConversationQueries::list(*ctx.db, req.matches[1], request, nowSeconds()));
}

void deleteConversations(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const auto ids = requireStringArray(readJsonObject(req), "ids");
    if (ids.empty() || ids.size() > kMaxDeleteIds)
        throw ApiError(400, "invalid_request", "Name from 1 to 100 conversations in \"ids\".",
                       {{"field", "ids"}});
    const std::string personaId = req.matches[1];
    auto &db = *ctx.db;
    Notifier notifier(ctx);
    db.transaction([&] {
        if (!PersonaCard::ownedBy(db, personaId, principal.userId))
            throw ApiError::notFound();
        bool changed = false;
        // Ids the persona does not take part in are ignored: nothing to say about them.
        for (const auto &id : std::set<std::string>(ids.begin(), ids.end())) {
            if (db.execute("UPDATE conversation_members SET deleted = 1 WHERE conversation_id = ? "
                           "AND persona_id = ? AND deleted = 0",
                           id, personaId) == 0)
                continue;
            recordActivity(db, id, personaId, "deleted");
            notifier.conversationUpdated(id, personaId);
            changed = true;
        }
        if (changed)
            notifier.unreadChanged(personaId);
    });
    res.status = 204;
}

void startConversation(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    if (principal.role != "collaborator")
        throw ApiError(403, "participants_cannot_start",
                       "Participants take part in conversations; only collaborators start them.");
    const auto body = readJsonObject(req);
    const std::string personaId = requireString(body, "persona_id");
    const std::string title = requireString(body, "title");
    const auto emails = requireStringArray(body, "participants");
    const std::string text = requireString(body, "body");
    const auto uploads = optionalStringArray(body, "attachments");
    ConversationWriter::checkTitle(title);
    ConversationWriter::checkBody(text);
    if (emails.empty() || emails.size() > kMaxParticipants)
        throw ApiError(400, "invalid_request", "Name from 1 to 100 participants.",
                       {{"field", "participants"}});

    auto &db = *ctx.db;
    Notifier notifier(ctx);
    const nlohmann::json created = db.transaction([&] {
        const auto owner = PersonaCard::ownedBy(db, personaId, principal.userId);
        if (!owner)
            throw ApiError::notFound();
        if (!owner->verified)
            throw ApiError(403, "persona_unverified",
                           "Verify this address before starting a conversation from it.");
        std::vector<PersonaCard> participants;
        std::set<std::string> seen{owner->id};
        nlohmann::json unknown = nlohmann::json::array();
        for (const auto &email : emails) {
            const auto card = PersonaCard::byEmail(db, trimmed(email));
            if (!card)
                unknown.push_back(email);
            else if (seen.insert(card->id).second)
                participants.push_back(*card);
        }
        if (!unknown.empty())
            throw ApiError(422, "unknown_participants",
                           "Some addresses do not belong to anyone in Pli.",
                           {{"participants", unknown}});
        if (participants.empty())
            throw ApiError(400, "invalid_request", "Name at least one participant besides you.",
                           {{"field", "participants"}});
        MessageDraft draft;
        draft.body = text;
        if (!uploads.empty())
            draft.attach = [&](const std::string &messageId) {
                ctx.attachments->attachUploads(db, messageId, principal.userId, uploads);
            };
        ConversationWriter writer(db, notifier);
        const std::string id = writer.create(*owner, title, participants, draft);
        return ConversationQueries::detail(db, id);
    });
    notifier.deliverMail();
    res.set_header("Location", "/api/v1/conversations/" + created["id"].get<std::string>());
    sendJson(res, 201, created);
}

void conversationDetail(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const std::string id = req.matches[1];
    auto &db = *ctx.db;
    const nlohmann::json detail = db.transaction([&] {
        const auto persona = memberPersona(db, id, principal.userId);
        if (!persona)
            throw ApiError::notFound();
        db.execute("UPDATE conversation_members SET is_new = 0 WHERE conversation_id = ? AND "
                   "persona_id = ?",
                   id, *persona);
        return ConversationQueries::detail(db, id);
    });
    sendJson(res, 200, detail);
}

void conversationActivity(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const std::string sort = choiceParam(req, "sort", {"name", "activity", "date"}, "date");
    const std::string order = choiceParam(req, "order", {"asc", "desc"}, "asc");
    auto guard = ctx.db->lock();
    if (!memberPersona(*ctx.db, req.matches[1], principal.userId))
        throw ApiError::notFound();
    sendJson(res, 200, ActivityQueries::list(*ctx.db, req.matches[1], sort, order));
}
} // namespace

void installConversationRoutes(httplib::Server &server, ServerContext &ctx)
{
    using Handler = void (*)(ServerContext &, const httplib::Request &, httplib::Response &);
    const auto bind = [&ctx](Handler handler) {
        return [&ctx, handler](const httplib::Request &req, httplib::Response &res) {
            handler(ctx, req, res);
        };
    };
    server.Get(R"(/api/v1/personas/([^/]+)/conversations)", bind(listConversations));
    server.Post(R"(/api/v1/personas/([^/]+)/conversations/delete)", bind(deleteConversations));
    server.Post("/api/v1/conversations", bind(startConversation));
    server.Get(R"(/api/v1/conversations/([^/]+))", bind(conversationDetail));
    server.Get(R"(/api/v1/conversations/([^/]+)/activity)", bind(conversationActivity));
    installMessageRoutes(server, ctx);
}

} // namespace pli::server
