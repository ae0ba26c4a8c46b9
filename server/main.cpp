// pli-server: the reference server of the Pli protocol, and its administration commands.
#include "AdminCommands.h"
#include "ApiServer.h"
#include "CommandLine.h"
#include "DemoBanner.h"
#include "DemoDataWriter.h"
#include "Log.h"
#include "SelfSignedTls.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <pthread.h>
#include <stdexcept>
#include <sys/stat.h>
#include <thread>

using namespace pli::server;

namespace {

void printUsage()
{
    std::cout <<
        R"(Usage: pli-server <command> [options]

Serving:
  serve --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE | --tls-self-signed]
        [--port-file FILE] [--threads N] [--demo]
      Serves the Pli API under /api/v1. --listen defaults to 127.0.0.1:8443; port 0 picks a
      free port. The bound address is printed as "pli-server listening on URL".
      --tls-cert/--tls-key: HTTPS with your certificate chain (PEM, the server's first) and key.
      --tls-self-signed: HTTPS with a certificate authority of the server's own, made once in
      DIR/tls/ and reused; its file (ca.pem) and SHA-256 fingerprint (also in ca.sha256) are
      printed: give ca.pem to clients (pli-cli login --ca-file), or compare the fingerprint
      with the one Pli shows before trusting it.
      Tuning for tests: --access-token-ttl S --challenge-ttl S --enrollment-ttl S
      --email-code-ttl S --email-code-interval S --upload-ttl S --max-failed-logins N
      --login-rate N --sse-keep-alive S --sweep-interval S
      Deleting for good: --retention-days D (default 30; fractions allowed) keeps the
      attachments of a conversation that no member lists any more that long; expired messages
      lose their text and files at the next sweep (every 10 minutes, --sweep-interval S).
      Quotas: --max-open-uploads N (default 100) and --max-open-upload-bytes N (default 8 GiB)
      per user; past them, creating an upload answers 429 with Retry-After.
  --demo [--data DIR] [--listen HOST:PORT] [--tls-self-signed] [--port-file FILE]
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
    cfg.tlsSelfSigned = cl.has("tls-self-signed");
    if (cfg.tlsSelfSigned && cfg.tlsCert) {
        std::cerr << "pli-server: --tls-self-signed replaces --tls-cert and --tls-key\n";
        return std::nullopt;
    }
    try {
        auto number = [&](const char *flag, auto &field) {
            if (const auto v = cl.value(flag))
                field = static_cast<std::remove_reference_t<decltype(field)>>(std::stoll(*v));
        };
        number("threads", cfg.threads);
        number("access-token-ttl", cfg.accessTokenTtl);
        number("challenge-ttl", cfg.challengeTtl);
        number("enrollment-ttl", cfg.enrollmentTtl);
        number("email-code-ttl", cfg.emailCodeTtl);
        number("email-code-interval", cfg.emailCodeInterval);
        number("upload-ttl", cfg.uploadTtl);
        number("max-failed-logins", cfg.maxFailedLogins);
        number("login-rate", cfg.loginRatePerMinute);
        number("sse-keep-alive", cfg.sseKeepAliveSeconds);
        number("sweep-interval", cfg.sweepInterval);
        number("max-open-uploads", cfg.maxOpenUploads);
        number("max-open-upload-bytes", cfg.maxOpenUploadBytes);
        if (const auto days = cl.value("retention-days")) {
            std::size_t used = 0;
            const double value = std::stod(*days, &used);
            if (used != days->size() || !(value >= 0) || value > 100000)
                throw std::invalid_argument("retention-days");
            cfg.retentionSeconds = static_cast<std::int64_t>(value * 24 * 3600);
        }
    } catch (...) {
        std::cerr << "pli-server: a numeric option has a value that is not a number\n";
        return std::nullopt;
    }
    cfg.threads = std::max(cfg.threads, 8);
    return cfg;
}

// Makes (or reuses) the certificates of DIR/tls/ and tells the administrator what clients trust.
void useSelfSignedTls(ServerConfig &cfg)
{
    const SelfSignedFiles files = SelfSignedTls::ensure(cfg.dataDir, cfg.host);
    cfg.tlsCert = files.certificateChain;
    cfg.tlsKey = files.privateKey;
    std::cout << "pli-server TLS certificate authority: " << files.authorityCertificate.string()
              << (files.authorityCreated ? " (new)" : "") << '\n'
              << "pli-server TLS fingerprint: " << files.authorityFingerprint << '\n'
              << std::flush;
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

    std::unique_ptr<ApiServer> server;
    try {
        if (cfg.tlsSelfSigned)
            useSelfSignedTls(cfg);
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
    // Whatever the server or an administration command creates is the server user's alone
    // (confidential documents); PrivateFiles sets the modes explicitly as well.
    umask(077);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage();
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    if (command == "serve" || command == "--demo") {
        const CommandLine cl(std::vector<std::string>(args.begin() + 1, args.end()),
                             {"demo", "tls-self-signed"});
        if (!cl.ok()) {
            std::cerr << "pli-server: " << cl.error() << '\n';
            return 2;
        }
        std::optional<ServerConfig> cfg;
        if (command == "--demo" && !cl.has("data")) {
            std::vector<std::string> withData(args.begin() + 1, args.end());
            withData.push_back("--data");
            withData.push_back(defaultDemoDataDir().string());
            const CommandLine demoCl(withData, {"demo", "tls-self-signed"});
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
