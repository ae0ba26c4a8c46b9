// pli-server: the reference server of the Pli protocol, and its administration commands.
#include "AdminCommands.h"
#include "ApiServer.h"
#include "CommandLine.h"
#include "DemoBanner.h"
#include "DemoDataWriter.h"
#include "Log.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>

using namespace pli::server;

namespace {

void printUsage()
{
    std::cout <<
        R"(Usage: pli-server <command> [options]

Serving:
  serve --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--port-file FILE]
        [--threads N] [--max-event-streams N] [--max-event-streams-per-user N] [--demo]
      Serves the Pli API under /api/v1. --listen defaults to 127.0.0.1:8443; port 0 picks a
      free port. The bound address is printed as "pli-server listening on URL".
      --threads: worker threads always ready (default 128; more start while all are busy).
      At most --max-event-streams (default 2000) /events streams are open at once (more are
      answered 503 with Retry-After), and --max-event-streams-per-user (default 20) per user
      (more are answered 429 with Retry-After); each open stream holds a thread.
      Tuning for tests: --access-token-ttl S --challenge-ttl S --enrollment-ttl S
      --email-code-ttl S --email-code-interval S --upload-ttl S --max-failed-logins N
      --login-rate N --sse-keep-alive S
  --demo [--data DIR] [--listen HOST:PORT] [--port-file FILE]
      Seeds the participant guide's example (once) and serves it; prints the demo sign-in.
      E-mailed codes are printed on the console in demo mode only.

Administration (with --data DIR; works while the server runs):
)" << adminUsage()
              << R"(
Exit status: 0 success, 1 failure, 2 usage error.
)";
}

bool parseListen(const std::string &listen, ServerConfig &cfg)
{
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos)
        return false;
    cfg.host = listen.substr(0, colon);
    if (cfg.host.size() > 2 && cfg.host.front() == '[' && cfg.host.back() == ']')
        cfg.host = cfg.host.substr(1, cfg.host.size() - 2);
    try {
        cfg.port = std::stoi(listen.substr(colon + 1));
    } catch (...) {
        return false;
    }
    return cfg.port >= 0 && cfg.port <= 65535;
}

std::optional<ServerConfig> configFrom(const CommandLine &cl)
{
    ServerConfig cfg;
    const auto data = cl.value("data");
    if (!data) {
        std::cerr << "pli-server: --data DIR is required\n";
        return std::nullopt;
    }
    cfg.dataDir = *data;
    if (const auto listen = cl.value("listen"); listen && !parseListen(*listen, cfg)) {
        std::cerr << "pli-server: --listen expects HOST:PORT\n";
        return std::nullopt;
    }
    cfg.tlsCert = cl.value("tls-cert");
    cfg.tlsKey = cl.value("tls-key");
    if (cfg.tlsCert.has_value() != cfg.tlsKey.has_value()) {
        std::cerr << "pli-server: --tls-cert and --tls-key go together\n";
        return std::nullopt;
    }
    try {
        auto number = [&](const char *flag, auto &field) {
            if (const auto v = cl.value(flag))
                field = static_cast<std::remove_reference_t<decltype(field)>>(std::stoll(*v));
        };
        number("threads", cfg.threads);
        number("max-event-streams", cfg.maxEventStreams);
        number("max-event-streams-per-user", cfg.maxEventStreamsPerUser);
        number("access-token-ttl", cfg.accessTokenTtl);
        number("challenge-ttl", cfg.challengeTtl);
        number("enrollment-ttl", cfg.enrollmentTtl);
        number("email-code-ttl", cfg.emailCodeTtl);
        number("email-code-interval", cfg.emailCodeInterval);
        number("upload-ttl", cfg.uploadTtl);
        number("max-failed-logins", cfg.maxFailedLogins);
        number("login-rate", cfg.loginRatePerMinute);
        number("sse-keep-alive", cfg.sseKeepAliveSeconds);
    } catch (...) {
        std::cerr << "pli-server: a numeric option has a value that is not a number\n";
        return std::nullopt;
    }
    cfg.threads = std::max(cfg.threads, 8);
    cfg.maxEventStreams = std::max(cfg.maxEventStreams, 1);
    cfg.maxEventStreamsPerUser = std::max(cfg.maxEventStreamsPerUser, 1);
    return cfg;
}

// Each connection (every open event stream) holds a descriptor: take what the system allows
// (the soft limit is often 1024, the hard one far higher), and say so when it is too little.
void raiseOpenFileLimit(const ServerConfig &cfg)
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return;
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    getrlimit(RLIMIT_NOFILE, &files);
    const auto needed = static_cast<rlim_t>(cfg.threads + cfg.maxEventStreams + 64);
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < needed)
        logLine("open files limited to " + std::to_string(files.rlim_cur) + ", fewer than the " +
                std::to_string(needed) +
                " connections configured: raise the limit (ulimit -n, "
                "LimitNOFILE=) or lower --max-event-streams");
}

int serve(ServerConfig cfg, const CommandLine &cl)
{
    // Block the stop signals in every thread; one thread waits for them and stops the server.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    raiseOpenFileLimit(cfg);

    std::unique_ptr<ApiServer> server;
    try {
        server = std::make_unique<ApiServer>(cfg);
        if (cfg.demo) {
            DemoDataWriter(server->context()).writeOnce();
            std::cout << demoBanner() << std::flush;
        }
    } catch (const std::exception &e) {
        std::cerr << "pli-server: cannot start: " << e.what() << '\n';
        return 1;
    }
    if (!server->bind()) {
        std::cerr << "pli-server: cannot listen on " << cfg.host << ':' << cfg.port << '\n';
        return 1;
    }
    const std::string scheme = cfg.tlsCert ? "https" : "http";
    const std::string host =
        cfg.host.find(':') != std::string::npos ? "[" + cfg.host + "]" : cfg.host;
    std::cout << "pli-server listening on " << scheme << "://" << host << ':' << server->port()
              << std::endl;
    if (const auto portFile = cl.value("port-file")) {
        std::ofstream(*portFile) << server->port() << '\n';
    }

    std::atomic<bool> finished{false};
    std::thread signalWaiter([&] {
        int received = 0;
        sigwait(&signals, &received);
        if (finished)
            return;
        logLine("signal received, shutting down");
        // A stop() that lands before the accept loop has started is forgotten by cpp-httplib:
        // repeat it until serve() has returned.
        while (!finished) {
            server->stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const bool ok = server->serve();
    finished = true;
    // Wakes the signal thread when serve() ended for another reason.
    pthread_kill(signalWaiter.native_handle(), SIGTERM);
    signalWaiter.join();
    server.reset(); // closes the database cleanly (checkpoint)
    logLine("stopped");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage();
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    if (command == "serve" || command == "--demo") {
        const CommandLine cl(std::vector<std::string>(args.begin() + 1, args.end()), {"demo"});
        if (!cl.ok()) {
            std::cerr << "pli-server: " << cl.error() << '\n';
            return 2;
        }
        std::optional<ServerConfig> cfg;
        if (command == "--demo" && !cl.has("data")) {
            std::vector<std::string> withData(args.begin() + 1, args.end());
            withData.push_back("--data");
            withData.push_back(defaultDemoDataDir().string());
            const CommandLine demoCl(withData, {"demo"});
            cfg = configFrom(demoCl);
        } else {
            cfg = configFrom(cl);
        }
        if (!cfg)
            return 2;
        cfg->demo = command == "--demo" || cl.has("demo");
        return serve(*cfg, cl);
    }
    return runAdminCommand(args);
}
