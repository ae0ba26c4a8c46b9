#pragma once

#include "Database.h"

#include <httplib.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pli::test {

// A real pli-server process on a free loopback port with its own temporary data directory;
// over HTTPS when started with --tls-self-signed (baseUrl(), client() and caCertificate() follow).
// Also opens the same SQLite database (WAL allows it) so that tests can arrange data directly
// (users, personas, tokens) and check what the server stored.
class TestServer
{
public:
    // Extra command-line flags for `serve` (e.g. {"--challenge-ttl", "2"}); a free loopback port
    // unless they give --listen.
    explicit TestServer(std::vector<std::string> extraArgs = {});
    // Serves an existing data directory (kept at destruction): restart tests.
    TestServer(const std::filesystem::path &existingDataDir, std::vector<std::string> extraArgs);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    int port() const { return m_port; }
    int pid() const { return m_pid; } // of the pli-server process (benchmarks read its CPU time)
    // "http://127.0.0.1:PORT", or https:// for a server started with --tls-self-signed.
    std::string baseUrl() const { return m_scheme + "://127.0.0.1:" + std::to_string(m_port); }
    bool isTls() const { return m_scheme == "https"; }
    const std::filesystem::path &dataDir() const { return m_dataDir; }
    // With --tls-self-signed: the server's certificate authority (DATA/tls/ca.pem) and the
    // fingerprint it printed ("SHA256:AB:…").
    std::filesystem::path caCertificate() const { return m_dataDir / "tls" / "ca.pem"; }
    std::string caFingerprint() const { return m_caFingerprint; }
    // A fresh client with sane timeouts (one per thread); over TLS it trusts caCertificate().
    std::unique_ptr<httplib::Client> client() const;

    // Direct database access for arranging and checking (a second connection).
    server::Database &db();

    // Arranging: a user (role "participant" or "collaborator") with an optional password
    // (hashed the way the server does), and a persona of that user. Return the new ids.
    std::string addUser(const std::string &username, const std::string &role = "participant",
                        const std::optional<std::string> &password = std::nullopt,
                        const std::string &organization = "");
    std::string addPersona(const std::string &userId, const std::string &email,
                           const std::string &displayName = "");
    // An access token for a user, valid for an hour, written straight into the database.
    std::string tokenFor(const std::string &userId);

    // Runs `pli-server <args> --data <dataDir>` to completion; returns the exit status and
    // fills stdout when given.
    int runAdmin(const std::vector<std::string> &args, std::string *out = nullptr) const;

    // Files written by the mailer, oldest first, and the text of the newest one for an address.
    std::vector<std::filesystem::path> outbox() const;
    std::optional<std::string> lastMailTo(const std::string &address) const;

    // Stops with SIGTERM and waits; returns the exit status. Called by the destructor.
    int stop();
    // Everything the server wrote on stderr so far (its request log).
    std::string log() const;

private:
    void start(const std::vector<std::string> &extraArgs);

    std::filesystem::path m_dataDir;
    bool m_ownsDataDir = true;
    std::unique_ptr<server::Database> m_db;
    int m_pid = -1;
    int m_port = 0;
    std::string m_scheme = "http";
    std::string m_caFingerprint;
    std::filesystem::path m_logFile;
};

// Runs `pli-server <args>` as it stands (no --data added, no server kept running) to completion
// with no input; returns its exit status and fills `output` with what it printed on stdout and
// stderr.
int runServerCommand(const std::vector<std::string> &args, std::string *output);

// A temporary directory removed with everything in it at destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace pli::test
