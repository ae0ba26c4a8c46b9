#pragma once

#include "ServerContext.h"

#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Server;
}

namespace pli::server {

class Database;
class Mailer;
class EventBus;
class AttachmentStore;
class RateLimiter;
class StreamRegistry;
class DecoyChallenges;
class RetentionSweeper;

// The HTTP server: owns the services of a ServerContext, wires the route modules under
// /api/v1 (and the e-mailed links' pages under /open), logs one line per request, maps exceptions
// to problem answers, and stops gracefully.
class ApiServer
{
public:
    explicit ApiServer(ServerConfig config);
    ~ApiServer();

    // Binds the configured address (port 0 picks a free one). Returns false when it cannot.
    bool bind();
    int port() const { return m_port; }
    // Serves until stop(), sweeping expired content meanwhile (RetentionSweeper); returns when
    // every worker has finished.
    bool serve();
    // Safe from any thread: wakes SSE streams, stops accepting, lets requests finish.
    void stop();

    ServerContext &context() { return m_ctx; }
    // The routes served, "METHOD pattern" (RouteTable.h's registeredRoutes).
    std::vector<std::string> routes() const;

private:
    void installCommon();

    ServerContext m_ctx;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<StreamRegistry> m_streams;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<DecoyChallenges> m_decoys;
    std::unique_ptr<RetentionSweeper> m_sweeper;
    std::unique_ptr<httplib::Server> m_http;
    int m_port = 0;
    int m_listenSocket = -1;
};

} // namespace pli::server
