#pragma once
// What the tus upload tests share: a TransferFixture (real pli-server, a signed-in user) with
// helpers to create, patch and inspect uploads over real HTTP, and a way to restart the server
// on the same data directory.
#include "ApiError.h"
#include "Digest.h"
#include "TestHttp.h"
#include "TransferFixture.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace pli::test::uploads {

namespace crypto = pli::server::crypto;

constexpr const char *kOctets = "application/offset+octet-stream";

inline std::string b64(const std::string &text)
{
    return crypto::base64Encode(text);
}

inline std::string checksumOf(const std::string &algorithm, const std::string &bytes)
{
    std::vector<unsigned char> digest;
    if (algorithm == "sha256") {
        digest = crypto::sha256(bytes);
    } else {
        pli::server::Digest sha1(pli::server::DigestAlgorithm::Sha1);
        sha1.update(bytes.data(), bytes.size());
        digest = sha1.finish();
    }
    return algorithm + " " + crypto::base64Encode(digest.data(), digest.size());
}

// Upload-Prefix-Digest: the SHA-256 of the upload's bytes up to the end of a PATCH.
inline std::string prefixDigestOf(const std::string &bytes)
{
    const auto digest = crypto::sha256(bytes);
    return "sha-256=:" + crypto::base64Encode(digest.data(), digest.size()) + ":";
}

// A second pli-server process serving an existing data directory: the same server after a restart.
class RestartedServer
{
public:
    explicit RestartedServer(const std::filesystem::path &dataDir)
    {
        int fds[2];
        if (pipe(fds) != 0)
            throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        const std::string log = (dataDir / "restarted.log").string();
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                         O_WRONLY | O_CREAT | O_APPEND, 0600);
        std::vector<std::string> args{PLI_SERVER_BINARY, "serve",    "--data",
                                      dataDir.string(),  "--listen", "127.0.0.1:0"};
        std::vector<char *> argv;
        for (auto &arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        std::string output;
        char buffer[256];
        ssize_t n = 0;
        while (rc == 0 && output.find('\n') == std::string::npos &&
               (n = ::read(fds[0], buffer, sizeof buffer)) > 0)
            output.append(buffer, static_cast<std::size_t>(n));
        ::close(fds[0]);
        const auto colon = output.rfind(':');
        if (rc != 0 || output.find("listening on") == std::string::npos)
            throw std::runtime_error("the restarted server did not start: " + output);
        m_port = std::stoi(output.substr(colon + 1));
    }
    ~RestartedServer()
    {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
    RestartedServer(const RestartedServer &) = delete;
    RestartedServer &operator=(const RestartedServer &) = delete;

    std::unique_ptr<httplib::Client> client() const
    {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
        c->set_read_timeout(60);
        return c;
    }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

class Uploads : public ::testing::Test
{
protected:
    explicit Uploads(std::vector<std::string> serverArgs = {})
        : f(std::move(serverArgs))
    {}

    httplib::Headers tus(const std::string &token, httplib::Headers extra = {}) const
    {
        extra.emplace("Tus-Resumable", "1.0.0");
        extra.emplace("Authorization", "Bearer " + token);
        return extra;
    }

    httplib::Result post(const std::string &length, const std::string &metadata,
                         const std::string &token)
    {
        httplib::Headers headers = tus(token, {{"Upload-Metadata", metadata}});
        if (!length.empty())
            headers.emplace("Upload-Length", length);
        return client->Post("/api/v1/uploads", headers, "", "");
    }

    // Creates an upload and returns its path (the Location).
    std::string create(std::int64_t length, const std::string &name = "report.pdf")
    {
        auto res = post(std::to_string(length), "filename " + b64(name), f.aliceToken);
        EXPECT_TRUE(res);
        EXPECT_EQ(res->status, 201);
        return res->get_header_value("Location");
    }

    httplib::Result patch(const std::string &path, std::int64_t offset, const std::string &bytes,
                          httplib::Headers extra = {}, const std::string &contentType = kOctets)
    {
        extra.emplace("Upload-Offset", std::to_string(offset));
        return client->Patch(path.c_str(), tus(f.aliceToken, std::move(extra)), bytes,
                             contentType.c_str());
    }

    httplib::Result head(const std::string &path, const std::string &token)
    {
        return client->Head(path.c_str(), tus(token));
    }

    std::int64_t offsetOf(const std::string &path)
    {
        auto res = head(path, f.aliceToken);
        if (!res || res->status != 200)
            return -1;
        return std::stoll(res->get_header_value("Upload-Offset"));
    }

    static std::string idOf(const std::string &path) { return path.substr(path.rfind('/') + 1); }

    std::filesystem::path fileOf(const std::string &path) const
    {
        return f.store.uploadPath(idOf(path));
    }

    std::uintmax_t fileSize(const std::string &path) const
    {
        std::error_code error;
        const auto size = std::filesystem::file_size(fileOf(path), error);
        return error ? 0 : size;
    }

    // Starts a PATCH on a raw connection: headers and the first `sent` bytes of a body of
    // `length`, and waits until the server has written them.
    std::unique_ptr<RawConnection> startPatch(const std::string &path, std::int64_t offset,
                                              const std::string &sent, std::size_t length,
                                              const std::string &extraHeaders = {})
    {
        auto connection = std::make_unique<RawConnection>(f.server.port());
        connection->send("PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                         "Authorization: Bearer " + f.aliceToken + "\r\n" +
                         "Tus-Resumable: 1.0.0\r\nContent-Type: " + kOctets + "\r\n" +
                         "Upload-Offset: " + std::to_string(offset) + "\r\n" + extraHeaders +
                         "Content-Length: " + std::to_string(length) + "\r\n\r\n" + sent);
        const auto expected = static_cast<std::uintmax_t>(offset) + sent.size();
        EXPECT_TRUE(TransferFixture::waitFor([&] { return fileSize(path) == expected; }));
        return connection;
    }

    // How many PATCHes of an upload the server has finished (its request log has a line for each,
    // written once the handler has returned and the upload is free again).
    std::size_t patchesDone(const std::string &path) const
    {
        const std::string log = f.server.log();
        const std::string line = "PATCH " + path + " ";
        std::size_t count = 0;
        for (auto at = log.find(line); at != std::string::npos; at = log.find(line, at + 1))
            ++count;
        return count;
    }

    std::optional<std::string> storedSha256(const std::string &path)
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT sha256 FROM uploads WHERE id = ?", idOf(path));
        return st.next() ? st.optionalText(0) : std::nullopt;
    }

    std::size_t uploadFileCount() const
    {
        std::error_code error;
        std::size_t count = 0;
        for (auto it = std::filesystem::directory_iterator(f.server.dataDir() / "uploads", error);
             !error && it != std::filesystem::directory_iterator(); it.increment(error))
            ++count;
        return count;
    }

    bool rowExists(const std::string &path)
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT 1 FROM uploads WHERE id = ?", idOf(path));
        return st.next();
    }

    TransferFixture f;
    std::unique_ptr<httplib::Client> client = f.server.client();
};

class ShortLivedUploads : public Uploads
{
protected:
    ShortLivedUploads()
        : Uploads({"--upload-ttl", "1"})
    {}
};

class SlowlyExpiringUploads : public Uploads
{
protected:
    SlowlyExpiringUploads()
        : Uploads({"--upload-ttl", "4"})
    {}
};
} // namespace pli::test::uploads
