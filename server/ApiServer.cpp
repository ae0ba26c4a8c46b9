#include "ApiServer.h"

#include "ApiError.h"
#include "AttachmentStore.h"
#include "Database.h"
#include "EventBus.h"
#include "EventWatcher.h"
#include "HttpJson.h"
#include "Log.h"
#include "Mailer.h"
#include "RateLimiter.h"
#include "Routes.h"
#include "StreamRegistry.h"
#include "WorkerPool.h"

#include <httplib.h>

#include <chrono>
#include <sys/socket.h>

namespace pli::server {

namespace {
thread_local std::chrono::steady_clock::time_point t_requestStart;

// cpp-httplib matches paths against the routes' regular expressions with std::regex, which
// recurses once per character of a `([^/]+)` group: about 500 bytes of stack each (measured
// with Debian's libcpp-httplib 0.11.4), so that an 8 KiB path (httplib's own limit) needed most
// of a default 8 MiB stack. Longer paths than any route has are refused before routing, which
// bounds that use to about 512 KiB; a worker's stack is twice that (WorkerPool).
constexpr std::size_t kMaxPath = 1024;
constexpr std::size_t kWorkerStack = 1 << 20;

bool isUploadPath(const std::string &path)
{
    return path.rfind("/api/v1/uploads", 0) == 0;
}

bool hasBody(const httplib::Request &req)
{
    return req.method == "POST" || req.method == "PUT" || req.method == "PATCH" ||
           req.method == "DELETE";
}
} // namespace

ApiServer::ApiServer(ServerConfig config)
{
    m_ctx.config = std::move(config);
    std::filesystem::create_directories(m_ctx.config.dataDir);
    m_db = std::make_unique<Database>(m_ctx.config.dataDir / "pli.sqlite3");
    m_mailer = std::make_unique<Mailer>(m_ctx.config.dataDir / "outbox");
    m_streams = std::make_unique<StreamRegistry>(m_ctx.config.maxEventStreamsPerUser,
                                                 m_ctx.config.maxEventStreams);
    m_events = std::make_unique<EventBus>(*m_db, m_streams.get());
    m_attachments = std::make_unique<AttachmentStore>(m_ctx.config.dataDir);
    m_rateLimiter = std::make_unique<RateLimiter>();
    m_ctx.db = m_db.get();
    m_ctx.mailer = m_mailer.get();
    m_ctx.events = m_events.get();
    m_ctx.attachments = m_attachments.get();
    m_ctx.rateLimiter = m_rateLimiter.get();
    m_ctx.streams = m_streams.get();

    if (m_ctx.config.tlsCert && m_ctx.config.tlsKey)
        m_http = std::make_unique<httplib::SSLServer>(m_ctx.config.tlsCert->c_str(),
                                                      m_ctx.config.tlsKey->c_str());
    else
        m_http = std::make_unique<httplib::Server>();

    installCommon();
    installAuthRoutes(*m_http, m_ctx);
    installProfileRoutes(*m_http, m_ctx);
    installConversationRoutes(*m_http, m_ctx);
    installMessageRoutes(*m_http, m_ctx);
    installEventRoutes(*m_http, m_ctx);
    installAttachmentRoutes(*m_http, m_ctx);
    installUploadRoutes(*m_http, m_ctx);
}

ApiServer::~ApiServer() = default;

void ApiServer::installCommon()
{
    auto &http = *m_http;
    const auto ready = static_cast<std::size_t>(m_ctx.config.threads);
    const auto max = ready + static_cast<std::size_t>(m_ctx.config.maxEventStreams);
    http.new_task_queue = [ready, max] { return new WorkerPool(ready, max, kWorkerStack); };
    http.set_payload_max_length(ServerConfig::maxChunkBody);
    http.set_read_timeout(std::chrono::seconds(30));
    http.set_write_timeout(std::chrono::seconds(30));
    http.set_keep_alive_timeout(5);
    // SO_REUSEADDR only: cpp-httplib's default also sets SO_REUSEPORT, which would let a second
    // server silently share the port instead of failing to start.
    http.set_socket_options([this](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        m_listenSocket = sock;
    });

    // Runs before the body is read: refuse oversized or unsized JSON bodies without reading them.
    http.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = std::chrono::steady_clock::now();
        if (req.path.size() > kMaxPath) {
            sendProblem(res, 414, "uri_too_long", "The path is longer than 1024 bytes.");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (hasBody(req) && !isUploadPath(req.path)) {
            const bool chunked =
                req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
            const auto length = req.get_header_value<uint64_t>("Content-Length");
            if (chunked) {
                res.set_header("Connection", "close");
                sendProblem(res, 411, "length_required", "Send the body with a Content-Length.");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (length > ServerConfig::maxJsonBody) {
                res.set_header("Connection", "close");
                sendProblem(res, 413, "payload_too_large", "The body is larger than 1 MiB.");
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    http.set_exception_handler([](const httplib::Request &, httplib::Response &res,
                                  std::exception_ptr ep) {
        try {
            std::rethrow_exception(ep);
        } catch (const ApiError &error) {
            sendProblem(res, error);
        } catch (const nlohmann::json::exception &) {
            sendProblem(res, 400, "invalid_request", "A field has the wrong type.");
        } catch (const std::exception &e) {
            logLine(std::string("internal error: ") + e.what());
            sendProblem(res, 500, "internal_error", "The server could not complete the request.");
        } catch (...) {
            sendProblem(res, 500, "internal_error", "The server could not complete the request.");
        }
    });

    // Gives routing failures (unknown path, wrong method, 413 from the reader) a problem body.
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty() || res.content_length_ > 0)
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 404:
                sendProblem(res, 404, "not_found", "The resource does not exist.");
                break;
            case 413:
                sendProblem(res, 413, "payload_too_large", "The body is too large.");
                break;
            case 416:
                sendProblem(res, 416, "range_not_satisfiable");
                break;
            default:
                sendProblem(res, res.status, "http_error");
                break;
            }
            return httplib::Server::HandlerResponse::Handled;
        }));

    // One line per request; the path only (queries may carry secrets), never a header value.
    http.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - t_requestStart)
                            .count();
        const size_t bytes = res.content_length_ > 0 ? res.content_length_ : res.body.size();
        logLine(req.method + " " + req.path + " " + std::to_string(res.status) + " " +
                std::to_string(bytes) + "B " + std::to_string(ms) + "ms");
    });
}

bool ApiServer::bind()
{
    const auto &cfg = m_ctx.config;
    if (cfg.port == 0) {
        m_port = m_http->bind_to_any_port(cfg.host.c_str());
    } else if (m_http->bind_to_port(cfg.host.c_str(), cfg.port)) {
        m_port = cfg.port;
    }
    if (m_port <= 0)
        return false;
    // Debian's libcpp-httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed
    // when it was built): a burst of connections — a thousand clients reconnecting their event
    // streams after a restart — then waits for SYN retries, a second or more each. Listening
    // again on the bound socket only raises the backlog (Linux).
    if (m_listenSocket >= 0)
        ::listen(m_listenSocket, SOMAXCONN);
    return true;
}

bool ApiServer::serve()
{
    EventWatcher watcher(*m_db, *m_streams);
    return m_http->listen_after_bind();
}

void ApiServer::stop()
{
    m_streams->shutdown();
    m_http->stop();
}

} // namespace pli::server
