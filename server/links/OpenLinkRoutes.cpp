// GET /open/…: the https form of the e-mailed links (see EmailLinks), outside /api/v1. Each
// answers a small page offering the pli: link; the token stays in the query, which the request
// log never writes.
#include "Routes.h"

#include "EmailLinks.h"
#include "Language.h"
#include "OpenLinkPage.h"
#include "RouteTable.h"
#include "ServerContext.h"

#include <httplib.h>

#include <algorithm>

namespace pli::server {

namespace {
// Tokens and ids are base64url or [a-z0-9_]: anything else is a damaged link.
bool wellFormed(const std::string &text, size_t minSize, size_t maxSize)
{
    return text.size() >= minSize && text.size() <= maxSize &&
           std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

void sendPage(const httplib::Request &req, httplib::Response &res, OpenLinkKind kind,
              const std::string &appLink)
{
    const auto language = preferredLanguage(req.get_header_value("Accept-Language"));
    res.status = kind == OpenLinkKind::Invalid ? 400 : 200;
    res.set_header("Content-Security-Policy", OpenLinkPage::contentSecurityPolicy());
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_content(OpenLinkPage::html(kind, appLink, language.value_or("en")),
                    "text/html; charset=utf-8");
}

void openConversation(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const std::string id = req.matches[1];
    if (!wellFormed(id, 1, 64))
        return sendPage(req, res, OpenLinkKind::Invalid, {});
    sendPage(req, res, OpenLinkKind::Conversation,
             EmailLinks(ctx.config.publicUrl).app("conversation/" + id, std::nullopt));
}

void openAuthLink(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const std::string action = req.matches[1];
    const std::string token = req.get_param_value("token");
    if (!wellFormed(token, 16, 128) || req.get_param_value_count("token") != 1)
        return sendPage(req, res, OpenLinkKind::Invalid, {});
    const OpenLinkKind kind = action == "invitation"       ? OpenLinkKind::Invitation
                              : action == "password-reset" ? OpenLinkKind::PasswordReset
                                                           : OpenLinkKind::Unlock;
    sendPage(req, res, kind, EmailLinks(ctx.config.publicUrl).app("auth/" + action, token));
}
} // namespace

void installOpenLinkRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(
        server, ctx,
        {{Method::Get, R"(/open/conversation/([^/]+))", openConversation},
         {Method::Get, R"(/open/auth/(invitation|password-reset|unlock))", openAuthLink}});
}

} // namespace pli::server
