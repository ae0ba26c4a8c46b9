// pli-server: the reference server of the Pli protocol, and its administration commands.
#include "AdminCommands.h"
#include "ApiServer.h"
#include "CommandLine.h"
#include "Database.h"
#include "DemoBanner.h"
#include "DemoDataWriter.h"
#include "Language.h"
#include "Log.h"
#include "PublicUrl.h"
#include "SelfSignedTls.h"
#include "ServerContext.h"
#include "SettingsRecords.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <limits>
#include <pthread.h>
#include <stdexcept>
#include <sys/resource.h>
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
        [--port-file FILE] [--threads N] [--max-event-streams N] [--max-event-streams-per-user N]
        [--public-url URL] [--default-language en|fr] [--demo]
      Serves the Pli API under /api/v1. --listen defaults to 127.0.0.1:8443; port 0 picks a
      free port. The bound address is printed as "pli-server listening on URL".
      --threads: worker threads always ready (default 128; more start while all are busy).
      At most --max-event-streams (default 2000) /events streams are open at once (more are
      answered 503 with Retry-After), and --max-event-streams-per-user (default 20) per user
      (more are answered 429 with Retry-After); each open stream holds a thread.
      --tls-cert/--tls-key: HTTPS with your certificate chain (PEM, the server's first) and key.
      --tls-self-signed: HTTPS with a certificate authority of the server's own, made once in
      DIR/tls/ and reused; its file (ca.pem) and SHA-256 fingerprint (also in ca.sha256) are
      printed: give ca.pem to clients (pli-cli login --ca-file), or compare the fingerprint
      with the one Pli shows before trusting it.
      --public-url: the address people reach the server at, http(s)://HOST[:PORT][/PATH]
      (behind a proxy, the proxy's); e-mailed links name it. Default: the listening URL
      (https with --tls-cert or --tls-self-signed). --default-language: of e-mails to users
      who have none (en).
      Sign-in requests are limited per client address (--login-rate N a minute, 20) and per
      account (--account-rate N a minute, 20).
      Deleting for good: --retention-days D (default 30; fractions allowed) keeps the
      attachments of a conversation that no member lists any more that long; expired messages
      lose their text and files at the next sweep (every 10 minutes, --sweep-interval S).
      Quotas: --max-open-uploads N (default 100) and --max-open-upload-bytes N (default 8 GiB)
      per user; past them, creating an upload answers 429 with Retry-After.
      Tuning for tests: --access-token-ttl S --challenge-ttl S --enrollment-ttl S
      --email-code-ttl S --email-code-interval S --upload-ttl S --max-failed-logins N
      --sse-keep-alive S --sweep-interval S
  --demo [--data DIR] [serve's options]
      Seeds the participant guide's example (once) and serves it; prints the demo sign-in.
      E-mailed codes are printed on the console in demo mode only.

Administration (with --data DIR; works while the server runs; e-mailed links name the
public URL the server last served with, or --public-url URL):
)" << adminUsage()
              << R"(
An unknown option, or an option without its value, is a usage error: nothing is changed.
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

// Every option of `serve` and `--demo`: anything else is refused (exit status 2).
const CommandOptions &serveOptions()
{
    static const CommandOptions options{{"data",
                                         "listen",
                                         "tls-cert",
                                         "tls-key",
                                         "port-file",
                                         "threads",
                                         "max-event-streams",
                                         "max-event-streams-per-user",
                                         "public-url",
                                         "default-language",
                                         "login-rate",
                                         "account-rate",
                                         "retention-days",
                                         "sweep-interval",
                                         "max-open-uploads",
                                         "max-open-upload-bytes",
                                         "access-token-ttl",
                                         "challenge-ttl",
                                         "enrollment-ttl",
                                         "email-code-ttl",
                                         "email-code-interval",
                                         "upload-ttl",
                                         "max-failed-logins",
                                         "sse-keep-alive"},
                                        {"demo", "tls-self-signed"},
                                        {}};
    return options;
}

// A whole positive decimal number, or nullopt.
std::optional<std::int64_t> positiveNumber(const std::string &text)
{
    if (text.empty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const auto value = std::stoll(text);
    return value > 0 ? std::optional(value) : std::nullopt;
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
    if (const auto url = cl.value("public-url")) {
        const auto normalized = normalizedPublicUrl(*url);
        if (!normalized) {
            std::cerr << "pli-server: --public-url expects http(s)://HOST[:PORT][/PATH], not \""
                      << *url << "\"\n";
            return std::nullopt;
        }
        cfg.publicUrl = *normalized;
    }
    cfg.defaultLanguage = cl.valueOr("default-language", cfg.defaultLanguage);
    if (!isSupportedLanguage(cfg.defaultLanguage)) {
        std::cerr << "pli-server: --default-language is en or fr\n";
        return std::nullopt;
    }
    cfg.tlsSelfSigned = cl.has("tls-self-signed");
    if (cfg.tlsSelfSigned && cfg.tlsCert) {
        std::cerr << "pli-server: --tls-self-signed replaces --tls-cert and --tls-key\n";
        return std::nullopt;
    }
    bool numbersOk = true;
    auto number = [&](const char *flag, auto &field) {
        const auto v = cl.value(flag);
        if (!v)
            return;
        using Field = std::remove_reference_t<decltype(field)>;
        const auto value = positiveNumber(*v);
        if (!value || *value > std::numeric_limits<Field>::max()) {
            std::cerr << "pli-server: --" << flag << " expects a positive whole number, not \""
                      << *v << "\"\n";
            numbersOk = false;
            return;
        }
        field = static_cast<Field>(*value);
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
    number("account-rate", cfg.accountRatePerMinute);
    number("sse-keep-alive", cfg.sseKeepAliveSeconds);
    number("sweep-interval", cfg.sweepInterval);
    number("max-open-uploads", cfg.maxOpenUploads);
    number("max-open-upload-bytes", cfg.maxOpenUploadBytes);
    if (const auto days = cl.value("retention-days")) {
        // Days, fractions allowed (tests keep attachments for seconds); 0 deletes at each sweep.
        std::size_t used = 0;
        double value = -1;
        try {
            value = std::stod(*days, &used);
        } catch (const std::exception &) {
        }
        if (used != days->size() || !(value >= 0) || value > 100000) {
            std::cerr << "pli-server: --retention-days expects a number of days from 0 to 100000, "
                         "not \""
                      << *days << "\"\n";
            numbersOk = false;
        } else {
            cfg.retentionSeconds = static_cast<std::int64_t>(value * 24 * 3600);
        }
    }
    if (!numbersOk)
        return std::nullopt;
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
    raiseOpenFileLimit(cfg);

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
    const std::string listening = scheme + "://" + host + ':' + std::to_string(server->port());
    auto &config = server->context().config;
    if (!cl.has("public-url")) {
        config.publicUrl = normalizedPublicUrl(listening).value_or(listening);
        if (cfg.host == "0.0.0.0" || cfg.host == "::")
            logLine("e-mailed links name " + config.publicUrl +
                    ": give --public-url the address people reach the server at");
    }
    try {
        SettingsRecords::record(*server->context().db, config); // for the admin commands
    } catch (const std::exception &e) {
        std::cerr << "pli-server: cannot start: " << e.what() << '\n';
        return 1;
    }
    std::cout << "pli-server listening on " << listening << std::endl;
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
                             serveOptions());
        if (!cl.ok()) {
            std::cerr << "pli-server: " << cl.error() << " (see pli-server --help)\n";
            return 2;
        }
        if (!cl.positional().empty()) {
            std::cerr << "pli-server: unexpected argument \"" << cl.positional()[0]
                      << "\" (see pli-server --help)\n";
            return 2;
        }
        std::optional<ServerConfig> cfg;
        if (command == "--demo" && !cl.has("data")) {
            std::vector<std::string> withData(args.begin() + 1, args.end());
            withData.push_back("--data");
            withData.push_back(defaultDemoDataDir().string());
            const CommandLine demoCl(withData, serveOptions());
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
