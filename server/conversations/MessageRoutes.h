#pragma once

namespace httplib {
class Server;
}

namespace pli::server {

struct ServerContext;

// The message half of installConversationRoutes(): reading a conversation's messages, posting
// one, and opening one (GET/POST /conversations/{id}/messages, POST /messages/{id}/open).
void installMessageRoutes(httplib::Server &server, ServerContext &ctx);

} // namespace pli::server
