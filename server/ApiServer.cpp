#include "ApiServer.h"

#include "ApiError.h"
#include "AttachmentStore.h"
#include "ConnectionClose.h"
#include "Database.h"
#include "DecoyChallenges.h"
#include "EventBus.h"
#include "EventWatcher.h"
#include "HttpJson.h"
#include "Log.h"
#include "Mailer.h"
#include "PrivateFiles.h"
#include "RateLimiter.h"
#include "RequestBodyRules.h"
#include "RetentionSweeper.h"
#include "RouteTable.h"
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

// The path as the request log writes it: a "token=" in it (never in the query, which is not
// logged at all) loses its value, so that an e-mailed token never reaches a log line.
std::string loggedPath(std::string path)
{
    for (size_t at = path.find("token="); at != std::string::npos;
         at = path.find("token=", at + 1)) {
        const size_t start = at + 6;
        const size_t end = path.find_first_of("&;/?#", start);
        path.replace(start, (end == std::string::npos ? path.size() : end) - start, "[redacted]");
    }
    return path;
}

// Applies RequestBodyRules before any byte of the body is read. True when the request is
// refused (the answer is in `res`).
bool refuseBody(const httplib::Request &req, httplib::Response &res)
{
    const BodyVerdict verdict =
        judgeRequestBody(req.method, req.path, req.headers, ServerConfig::maxJsonBody);
    if (verdict.action == BodyVerdict::Action::Read)
        return false;
    closeAfterAnswer(res);
    if (verdict.action == BodyVerdict::Action::LeaveUnread)
        return false;
    sendProblem(res, verdict.status, verdict.code, verdict.detail);
    return true;
}
} // namespace

ApiServer::ApiServer(ServerConfig config)
{
    m_ctx.config = std::move(config);
    preparePrivateDataFolder(m_ctx.config.dataDir);
    m_db = std::make_unique<Database>(m_ctx.config.dataDir / "pli.sqlite3");
    m_mailer = std::make_unique<Mailer>(m_ctx.config.dataDir / "outbox");
    m_streams = std::make_unique<StreamRegistry>(m_ctx.config.maxEventStreamsPerUser,
                                                 m_ctx.config.maxEventStreams);
    m_events = std::make_unique<EventBus>(*m_db, m_streams.get());
    m_attachments = std::make_unique<AttachmentStore>(m_ctx.config.dataDir);
    m_rateLimiter = std::make_unique<RateLimiter>();
    m_decoys = std::make_unique<DecoyChallenges>();
    m_sweeper = std::make_unique<RetentionSweeper>(m_ctx);
    m_ctx.db = m_db.get();
    m_ctx.mailer = m_mailer.get();
    m_ctx.events = m_events.get();
    m_ctx.attachments = m_attachments.get();
    m_ctx.rateLimiter = m_rateLimiter.get();
    m_ctx.streams = m_streams.get();
    m_ctx.decoys = m_decoys.get();
    m_ctx.sweeper = m_sweeper.get();

    if (m_ctx.config.tlsCert && m_ctx.config.tlsKey) {
        // The whole chain file is sent (SSL_CTX_use_certificate_chain_file): clients see the
        // authority too, and can show its fingerprint.
        m_http = std::make_unique<httplib::SSLServer>(m_ctx.config.tlsCert->c_str(),
                                                      m_ctx.config.tlsKey->c_str());
        if (!m_http->is_valid())
            throw std::runtime_error(
                "the TLS certificate or key cannot be used: " + m_ctx.config.tlsCert->string() +
                ", " + m_ctx.config.tlsKey->string());
    } else
        m_http = std::make_unique<httplib::Server>();

    installCommon();
    installAuthRoutes(*m_http, m_ctx);
    installProfileRoutes(*m_http, m_ctx);
    installConversationRoutes(*m_http, m_ctx);
    installMessageRoutes(*m_http, m_ctx);
    installEventRoutes(*m_http, m_ctx);
    installAttachmentRoutes(*m_http, m_ctx);
    installUploadRoutes(*m_http, m_ctx);
    installOpenLinkRoutes(*m_http, m_ctx);
}

ApiServer::~ApiServer()
{
    forgetRoutes(*m_http);
}

std::vector<std::string> ApiServer::routes() const
{
    return registeredRoutes(*m_http);
}

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

    // Runs before the body is read (RequestBodyRules); an "Expect: 100-continue" request is
    // judged before the 100 is sent, so that a refused body is not even sent.
    http.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = std::chrono::steady_clock::now();
        if (req.path.size() > kMaxPath) {
            closeAfterAnswer(res);
            sendProblem(res, 414, "uri_too_long", "The path is longer than 1024 bytes.");
            return httplib::Server::HandlerResponse::Handled;
        }
        return refuseBody(req, res) ? httplib::Server::HandlerResponse::Handled
                                    : httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_expect_100_continue_handler([](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = std::chrono::steady_clock::now();
        return refuseBody(req, res) ? res.status : 100;
    });
    http.set_post_routing_handler(applyCloseAfterAnswer);

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

    // One line per request; the path only (queries carry tokens, search words), never a header
    // value.
    http.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - t_requestStart)
                            .count();
        // An answer that closes the connection went out through a provider (ConnectionClose).
        const size_t bytes = res.content_length_ > 0 ? res.content_length_
                             : res.body.empty()
                                 ? res.get_header_value<std::size_t>("Content-Length")
                                 : res.body.size();
        logLine(req.method + " " + loggedPath(req.path) + " " + std::to_string(res.status) + " " +
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
    m_sweeper->start();
    const bool served = m_http->listen_after_bind();
    m_sweeper->stop();
    return served;
}

void ApiServer::stop()
{
    m_streams->shutdown();
    m_http->stop(); // serve() then stops the sweeper
}

} // namespace pli::server
