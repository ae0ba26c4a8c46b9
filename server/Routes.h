#pragma once

namespace httplib {
class Server;
}

namespace pli::server {

struct ServerContext;

// Each module registers its part of /api/v1 (see docs/openapi.yaml) from a table of
// {method, pattern, handler} (RouteTable.h); the handlers are free functions of the route file
// given the ServerContext (or the module's own state) and do request parsing and answers only.
void installAuthRoutes(httplib::Server &server, ServerContext &ctx);    // /auth/*
void installProfileRoutes(httplib::Server &server, ServerContext &ctx); // /me, /personas, /contacts
void installConversationRoutes(httplib::Server &server,
                               ServerContext &ctx); // conversations, details, activity
void installMessageRoutes(httplib::Server &server,
                          ServerContext &ctx); // a conversation's messages, opening one
void installEventRoutes(httplib::Server &server, ServerContext &ctx);      // /events (SSE)
void installAttachmentRoutes(httplib::Server &server, ServerContext &ctx); // /attachments
void installUploadRoutes(httplib::Server &server, ServerContext &ctx);     // /uploads (tus 1.0.0)
// Outside /api/v1: the https form of the e-mailed links, /open/... (an HTML page each).
void installOpenLinkRoutes(httplib::Server &server, ServerContext &ctx);

} // namespace pli::server
