// Reading, posting and opening messages. Whatever the caller may not see answers 404 exactly
// like what does not exist.
#include "MessageRoutes.h"

#include "ApiError.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "ConversationRecords.h"
#include "ConversationWriter.h"
#include "Database.h"
#include "HttpJson.h"
#include "MessageQueries.h"
#include "Notifier.h"
#include "Principal.h"
#include "ServerContext.h"

#include <httplib.h>

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
    const auto persona = memberPersona(*ctx.db, id, principal.userId);
    if (!persona)
        throw ApiError::notFound();
    MessageQueries messages(*ctx.db, *persona, principal.userId, nowSeconds());
    sendJson(res, 200, messages.page(id, limit, before));
}

void postMessage(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const auto body = readJsonObject(req);
    const std::string text = requireString(body, "body");
    const auto uploads = optionalStringArray(body, "attachments");
    const std::string id = req.matches[1];
    auto &db = *ctx.db;
    Notifier notifier(ctx);
    const nlohmann::json message = db.transaction([&] {
        const auto persona = memberPersona(db, id, principal.userId);
        if (!persona)
            throw ApiError::notFound();
        ConversationWriter::checkBody(text);
        MessageDraft draft;
        draft.body = text;
        if (!uploads.empty())
            draft.attach = [&](const std::string &messageId) {
                ctx.attachments->attachUploads(db, messageId, principal.userId, uploads);
            };
        ConversationWriter writer(db, notifier);
        const std::string messageId = writer.post(id, *persona, draft);
        return MessageQueries(db, *persona, principal.userId, nowSeconds()).one(messageId);
    });
    notifier.deliverMail();
    sendJson(res, 201, message);
}

void openMessage(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const std::string messageId = req.matches[1];
    auto &db = *ctx.db;
    Notifier notifier(ctx);
    db.transaction([&] {
        std::string conversationId, senderId;
        std::optional<std::int64_t> expiresAt;
        {
            auto st = db.query("SELECT conversation_id, sender_persona_id, expires_at "
                               "FROM messages WHERE id = ?",
                               messageId);
            if (!st.next())
                throw ApiError::notFound();
            conversationId = st.text(0);
            senderId = st.text(1);
            expiresAt = st.optionalInteger(2);
        }
        const auto persona = memberPersona(db, conversationId, principal.userId);
        if (!persona)
            throw ApiError::notFound();
        const auto now = nowSeconds();
        if (expiresAt && *expiresAt <= now)
            throw ApiError(410, "message_expired",
                           "The message has expired: its text and attachments are gone.");
        db.execute("UPDATE conversation_members SET is_new = 0 WHERE conversation_id = ? AND "
                   "persona_id = ?",
                   conversationId, *persona);
        if (senderId == *persona)
            return; // one's own messages count as opened already
        if (db.execute("INSERT OR IGNORE INTO message_opens(message_id, persona_id, opened_at) "
                       "VALUES (?, ?, ?)",
                       messageId, *persona, now) == 0)
            return;
        recordActivity(db, conversationId, *persona, "opened");
        notifier.unreadChanged(*persona);
    });
    res.status = 204;
}
} // namespace

void installMessageRoutes(httplib::Server &server, ServerContext &ctx)
{
    using Handler = void (*)(ServerContext &, const httplib::Request &, httplib::Response &);
    const auto bind = [&ctx](Handler handler) {
        return [&ctx, handler](const httplib::Request &req, httplib::Response &res) {
            handler(ctx, req, res);
        };
    };
    server.Get(R"(/api/v1/conversations/([^/]+)/messages)", bind(listMessages));
    server.Post(R"(/api/v1/conversations/([^/]+)/messages)", bind(postMessage));
    server.Post(R"(/api/v1/messages/([^/]+)/open)", bind(openMessage));
}

} // namespace pli::server
