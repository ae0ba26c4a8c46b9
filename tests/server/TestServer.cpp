#include "TestServer.h"

#include "Clock.h"
#include "Crypto.h"
#include "PasswordHash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace pli::test {

namespace {
std::filesystem::path makeTempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "pli-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    return pattern;
}

// Spawns argv with stdout to a pipe and stderr to a file; returns the pid.
pid_t spawn(const std::vector<std::string> &args, int stdoutFd,
            const std::filesystem::path &errFile)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdoutFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFd, STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errFile.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    std::vector<char *> argv;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + args[0]);
    return pid;
}
} // namespace

int runServerCommand(const std::vector<std::string> &args, std::string *output)
{
    std::string command = PLI_SERVER_BINARY;
    for (const auto &a : args)
        command += " '" + a + "'";
    command += " 2>&1 </dev/null";
    std::string text;
    FILE *pipe = popen(command.c_str(), "r");
    char buffer[512];
    while (pipe && fgets(buffer, sizeof buffer, pipe))
        text += buffer;
    const int rc = pipe ? pclose(pipe) : -1;
    if (output)
        *output = text;
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TempDir::TempDir()
    : m_path(makeTempDir())
{}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

TestServer::TestServer(std::vector<std::string> extraArgs)
    : m_dataDir(makeTempDir())
{
    start(extraArgs);
}

TestServer::TestServer(const std::filesystem::path &existingDataDir,
                       std::vector<std::string> extraArgs)
    : m_dataDir(existingDataDir)
    , m_ownsDataDir(false)
{
    start(extraArgs);
}

void TestServer::start(const std::vector<std::string> &extraArgs)
{
    m_logFile = m_dataDir / "server.log";
    int fds[2];
    if (pipe(fds) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> args{PLI_SERVER_BINARY, "serve", "--data", m_dataDir.string()};
    // A free port unless the test names one (a restart on the same address).
    if (std::find(extraArgs.begin(), extraArgs.end(), "--listen") == extraArgs.end())
        args.insert(args.end(), {"--listen", "127.0.0.1:0"});
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    m_pid = spawn(args, fds[1], m_logFile);
    close(fds[1]);

    // The server prints "pli-server listening on http://127.0.0.1:PORT" once bound (with
    // --demo, after the banner of the demo sign-in).
    std::string output;
    std::string line;
    char buffer[256];
    while (line.empty()) {
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, static_cast<size_t>(n));
        const auto at = output.find("pli-server listening on ");
        if (at != std::string::npos && output.find('\n', at) != std::string::npos)
            line = output.substr(at, output.find('\n', at) - at);
    }
    close(fds[0]);
    const auto colon = line.rfind(':');
    if (line.empty() || colon == std::string::npos) {
        stop();
        throw std::runtime_error("pli-server did not start: " + output + log());
    }
    m_port = std::stoi(line.substr(colon + 1));
    m_scheme = line.find("https://") != std::string::npos ? "https" : "http";
    const std::string fingerprintLabel = "pli-server TLS fingerprint: ";
    if (const auto at = output.find(fingerprintLabel); at != std::string::npos) {
        const auto begin = at + fingerprintLabel.size();
        m_caFingerprint = output.substr(begin, output.find('\n', begin) - begin);
    }
    m_db = std::make_unique<server::Database>(m_dataDir / "pli.sqlite3");
}

TestServer::~TestServer()
{
    stop();
    m_db.reset();
    std::error_code ec;
    if (m_ownsDataDir && std::getenv("PLI_KEEP_TEST_DATA") == nullptr)
        std::filesystem::remove_all(m_dataDir, ec);
}

std::unique_ptr<httplib::Client> TestServer::client() const
{
    auto c = std::make_unique<httplib::Client>(baseUrl());
    if (isTls()) {
        c->set_ca_cert_path(caCertificate().c_str());
        c->enable_server_certificate_verification(true);
    }
    c->set_connection_timeout(5);
    c->set_read_timeout(60);
    c->set_write_timeout(60);
    return c;
}

server::Database &TestServer::db()
{
    return *m_db;
}

std::string TestServer::addUser(const std::string &username, const std::string &role,
                                const std::optional<std::string> &password,
                                const std::string &organization)
{
    const std::string id = server::crypto::randomId("u_");
    const std::optional<std::string> hash =
        password ? std::optional(server::hashPassword(*password)) : std::nullopt;
    auto guard = m_db->lock();
    m_db->execute("INSERT INTO users(id, username, display_name, email, organization, role, "
                  "password_hash, password_changed_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                  id, username, username, username + "@example.test", organization, role, hash,
                  server::nowSeconds(), server::nowSeconds());
    return id;
}

std::string TestServer::addPersona(const std::string &userId, const std::string &email,
                                   const std::string &displayName)
{
    const std::string id = server::crypto::randomId("p_");
    auto guard = m_db->lock();
    m_db->execute("INSERT INTO personas(id, user_id, email, display_name, created_at) "
                  "VALUES (?,?,?,?,?)",
                  id, userId, email, displayName, server::nowSeconds());
    return id;
}

std::string TestServer::tokenFor(const std::string &userId)
{
    const std::string token = server::crypto::randomToken();
    auto guard = m_db->lock();
    m_db->execute("INSERT INTO access_tokens(token_hash, user_id, family_id, expires_at) "
                  "VALUES (?,?,NULL,?)",
                  server::crypto::sha256Hex(token), userId, server::nowSeconds() + 3600);
    return token;
}

int TestServer::runAdmin(const std::vector<std::string> &args, std::string *out) const
{
    std::vector<std::string> argv{PLI_SERVER_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back("--data");
    argv.push_back(m_dataDir.string());
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t pid = spawn(argv, fds[1], m_dataDir / "admin.log");
    close(fds[1]);
    std::string text;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (out)
        *out = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::filesystem::path> TestServer::outbox() const
{
    std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> files;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(m_dataDir / "outbox", ec))
        files.emplace_back(entry.last_write_time(), entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::filesystem::path> out;
    for (auto &f : files)
        out.push_back(f.second);
    return out;
}

std::optional<std::string> TestServer::lastMailTo(const std::string &address) const
{
    const auto files = outbox();
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        std::ifstream in(*it);
        std::stringstream text;
        text << in.rdbuf();
        if (text.str().find("To: " + address + "\r\n") != std::string::npos)
            return text.str();
    }
    return std::nullopt;
}

int TestServer::stop()
{
    if (m_pid <= 0)
        return 0;
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string TestServer::log() const
{
    std::ifstream in(m_logFile);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace pli::test
