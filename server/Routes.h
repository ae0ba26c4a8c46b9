#pragma once

namespace httplib {
class Server;
}

namespace pli::server {

struct ServerContext;

// Each module registers its part of /api/v1 (see ../shared/design/protocol.md and
// docs/openapi.yaml).
void installAuthRoutes(httplib::Server &server, ServerContext &ctx);    // /auth/*
void installProfileRoutes(httplib::Server &server, ServerContext &ctx); // /me, /personas, /contacts
void installConversationRoutes(httplib::Server &server,
                               ServerContext &ctx); // conversations, messages, activity
void installEventRoutes(httplib::Server &server, ServerContext &ctx);      // /events (SSE)
void installAttachmentRoutes(httplib::Server &server, ServerContext &ctx); // /attachments
void installUploadRoutes(httplib::Server &server, ServerContext &ctx);     // /uploads (tus 1.0.0)

} // namespace pli::server
