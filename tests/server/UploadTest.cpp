// tus 1.0.0 uploads under /api/v1/uploads over real HTTP (core, creation, checksum,
// termination, expiration), and their path to attachments.
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

using namespace pli::test;
namespace crypto = pli::server::crypto;

namespace {
constexpr const char *kOctets = "application/offset+octet-stream";

std::string b64(const std::string &text)
{
    return crypto::base64Encode(text);
}

std::string checksumOf(const std::string &algorithm, const std::string &bytes)
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
} // namespace

TEST_F(Uploads, OptionsAdvertisesTheProtocolWithoutSignIn)
{
    auto res = client->Options("/api/v1/uploads");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204);
    EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
    EXPECT_EQ(res->get_header_value("Tus-Version"), "1.0.0");
    EXPECT_EQ(res->get_header_value("Tus-Extension"), "creation,checksum,termination,expiration");
    EXPECT_EQ(res->get_header_value("Tus-Max-Size"), "1073741824");
    EXPECT_EQ(res->get_header_value("Tus-Checksum-Algorithm"), "sha1,sha256");
}

TEST_F(Uploads, CreationAnswersLocationAndExpiry)
{
    const auto before = pli::server::nowSeconds();
    auto res =
        post("1000",
             "filename " + b64("Relevé été 2015.pdf") + ",content_type " + b64("application/pdf"),
             f.aliceToken);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201);
    EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
    const std::string location = res->get_header_value("Location");
    EXPECT_EQ(location.rfind("/api/v1/uploads/", 0), 0u) << location;
    const std::string expires = res->get_header_value("Upload-Expires");
    EXPECT_EQ(expires, pli::server::toHttpDate(before + 24 * 3600)) << expires;
    EXPECT_TRUE(std::filesystem::exists(fileOf(location)));

    auto state = head(location, f.aliceToken);
    ASSERT_TRUE(state);
    EXPECT_EQ(state->status, 200);
    EXPECT_EQ(state->get_header_value("Upload-Offset"), "0");
    EXPECT_EQ(state->get_header_value("Upload-Length"), "1000");
    EXPECT_EQ(state->get_header_value("Upload-Expires"), expires);
    EXPECT_EQ(state->get_header_value("Cache-Control"), "no-store");
    EXPECT_EQ(state->get_header_value("Tus-Resumable"), "1.0.0");
    EXPECT_EQ(state->get_header_value("Upload-Metadata"),
              "content_type " + b64("application/pdf") + ",filename " + b64("Relevé été 2015.pdf"));
}

TEST_F(Uploads, FilenameIsSanitisedAndTypeGuessed)
{
    const std::string path = create(3, "..\\..\\evil\r\n.csv");
    auto &db = f.server.db();
    auto guard = db.lock();
    auto st = db.query("SELECT filename, content_type FROM uploads WHERE id = ?", idOf(path));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), "evil__.csv");
    EXPECT_EQ(st.text(1), "text/csv");
}

TEST_F(Uploads, CreationRefusesBadHeaders)
{
    const std::string name = "filename " + b64("a.txt");
    struct Case
    {
        std::string length, metadata;
        int status;
        std::string code;
    };
    for (const Case &c : std::vector<Case>{
             {"", name, 400, "upload_length_required"},
             {"-1", name, 400, "invalid_request"},
             {"12abc", name, 400, "invalid_request"},
             {"10", "", 400, "filename_required"},
             {"10", "content_type " + b64("text/plain"), 400, "filename_required"},
             {"10", "filename ***", 400, "invalid_metadata"},
             {"10", name + ",content_type " + b64("text\r\nx"), 400, "invalid_metadata"}}) {
        auto res = post(c.length, c.metadata, f.aliceToken);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, c.status) << c.length << " " << c.metadata;
        EXPECT_EQ(jsonOf(res)["code"], c.code) << c.length << " " << c.metadata;
    }
    EXPECT_EQ(uploadFileCount(), 0u);
}

TEST_F(Uploads, MoreThanOneGiBIsRefusedBeforeAnyByte)
{
    auto res = post("1073741825", "filename " + b64("huge.iso"), f.aliceToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    EXPECT_EQ(jsonOf(res)["code"], "upload_too_large");
    EXPECT_EQ(uploadFileCount(), 0u);
    auto &db = f.server.db();
    auto guard = db.lock();
    auto st = db.query("SELECT COUNT(*) FROM uploads");
    st.next();
    EXPECT_EQ(st.integer(0), 0);

    auto absurd = post("99999999999999999999999", "filename " + b64("huge.iso"), f.aliceToken);
    ASSERT_TRUE(absurd);
    EXPECT_EQ(absurd->status, 413);

    auto exactly = post("1073741824", "filename " + b64("max.iso"), f.aliceToken);
    ASSERT_TRUE(exactly);
    EXPECT_EQ(exactly->status, 201);
}

TEST_F(Uploads, MissingTusResumableAnswers412)
{
    const std::string path = create(10);
    auto res = client->Head(path.c_str(), bearer(f.aliceToken));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 412);
    EXPECT_EQ(res->get_header_value("Tus-Version"), "1.0.0");

    auto old = client->Patch(path.c_str(),
                             {{"Authorization", "Bearer " + f.aliceToken},
                              {"Tus-Resumable", "0.2.2"},
                              {"Upload-Offset", "0"}},
                             "0123456789", kOctets);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->status, 412);
    EXPECT_EQ(jsonOf(old)["code"], "unsupported_tus_version");
    EXPECT_EQ(offsetOf(path), 0);

    auto anonymous = client->Post("/api/v1/uploads", {{"Upload-Length", "1"}}, "", "");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 412);
    auto unsigned_ = client->Post("/api/v1/uploads",
                                  {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "1"}}, "", "");
    ASSERT_TRUE(unsigned_);
    EXPECT_EQ(unsigned_->status, 401);
    EXPECT_EQ(unsigned_->get_header_value("Tus-Resumable"), "1.0.0");
}

TEST_F(Uploads, SeveralPatchesThenAttachmentDownloadsTheSameBytes)
{
    const std::string bytes = TransferFixture::randomBytes(250 * 1024 + 11);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()), "budget.xlsx");
    std::int64_t offset = 0;
    for (const std::size_t size : {100 * 1024, 100 * 1024, 50 * 1024 + 11}) {
        auto res = patch(path, offset, bytes.substr(static_cast<std::size_t>(offset), size));
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 204) << res->body;
        offset += static_cast<std::int64_t>(size);
        EXPECT_EQ(res->get_header_value("Upload-Offset"), std::to_string(offset));
        EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
        EXPECT_EQ(offsetOf(path), offset);
    }
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
    EXPECT_EQ(TransferFixture::readFile(fileOf(path)), bytes);

    auto &db = f.server.db();
    const auto attached = db.transaction(
        [&] { return f.store.attachUploads(db, f.messageId, f.alice, {idOf(path)}); });
    ASSERT_EQ(attached.size(), 1u);
    EXPECT_EQ(attached[0].name, "budget.xlsx");
    EXPECT_FALSE(std::filesystem::exists(fileOf(path)));

    auto download = client->Get(("/api/v1/attachments/" + attached[0].id + "/content").c_str(),
                                bearer(f.bobToken));
    ASSERT_TRUE(download);
    EXPECT_EQ(download->status, 200);
    EXPECT_EQ(download->body, bytes);
    EXPECT_EQ(download->get_header_value("ETag"), "\"" + crypto::sha256Hex(bytes) + "\"");

    // An attachment's upload is no longer the uploader's to delete or extend.
    auto removed = client->Delete(path.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->status, 409);
    EXPECT_EQ(jsonOf(removed)["code"], "upload_already_attached");
}

TEST_F(Uploads, EmptyFileIsCompleteAtOnce)
{
    const std::string path = create(0, "empty.txt");
    auto res = head(path, f.aliceToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->get_header_value("Upload-Offset"), "0");
    EXPECT_EQ(res->get_header_value("Upload-Length"), "0");
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(""));
}

TEST_F(Uploads, DroppedPatchKeepsWhatArrivedAndResumes)
{
    const std::string bytes = TransferFixture::randomBytes(200 * 1024, 3);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    const std::size_t half = bytes.size() / 2;
    auto connection = startPatch(path, 0, bytes.substr(0, half), bytes.size());
    connection->close(); // the network goes away mid-body

    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 1; }));
    EXPECT_EQ(offsetOf(path), static_cast<std::int64_t>(half));
    auto rest = patch(path, static_cast<std::int64_t>(half), bytes.substr(half));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(rest->get_header_value("Upload-Offset"), std::to_string(bytes.size()));
    EXPECT_EQ(TransferFixture::readFile(fileOf(path)), bytes);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, DroppedPatchWithChecksumKeepsNothing)
{
    const std::string bytes = TransferFixture::randomBytes(100 * 1024, 5);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto connection = startPatch(path, 0, bytes.substr(0, 30000), bytes.size(),
                                 "Upload-Checksum: " + checksumOf("sha256", bytes) + "\r\n");
    connection->close();
    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 1; }));
    EXPECT_EQ(fileSize(path), 0u);
    EXPECT_EQ(offsetOf(path), 0);

    auto whole = patch(path, 0, bytes, {{"Upload-Checksum", checksumOf("sha256", bytes)}});
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, SecondPatchAtTheSameTimeGets409)
{
    const std::string bytes = TransferFixture::randomBytes(64 * 1024, 9);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto first = startPatch(path, 0, bytes.substr(0, 1000), bytes.size());

    auto second = patch(path, 0, bytes);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 409);
    EXPECT_EQ(jsonOf(second)["code"], "upload_busy");

    first->close();
    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 2; }));
    EXPECT_EQ(offsetOf(path), 1000);
    auto rest = patch(path, 1000, bytes.substr(1000));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, ChecksumsThatMatchAreAccepted)
{
    const std::string bytes = "The quick brown fox jumps over the lazy dog";
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto first = patch(path, 0, bytes.substr(0, 20),
                       {{"Upload-Checksum", checksumOf("sha1", bytes.substr(0, 20))}});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, 204);
    auto second = patch(path, 20, bytes.substr(20),
                        {{"Upload-Checksum", checksumOf("sha256", bytes.substr(20))}});
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, ChecksumMismatchAnswers460AndKeepsTheOffset)
{
    const std::string bytes = TransferFixture::randomBytes(5000, 11);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    ASSERT_EQ(patch(path, 0, bytes.substr(0, 1000))->status, 204);

    for (const char *algorithm : {"sha1", "sha256"}) {
        auto res = patch(path, 1000, bytes.substr(1000),
                         {{"Upload-Checksum", checksumOf(algorithm, "something else")}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 460) << algorithm;
        EXPECT_EQ(jsonOf(res)["code"], "checksum_mismatch");
        EXPECT_EQ(offsetOf(path), 1000);
        EXPECT_EQ(fileSize(path), 1000u);
    }
    // The running digest was rolled back too: finishing gives the right hash.
    auto rest = patch(path, 1000, bytes.substr(1000),
                      {{"Upload-Checksum", checksumOf("sha1", bytes.substr(1000))}});
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, UnsupportedChecksumAlgorithmAnswers400)
{
    const std::string path = create(3);
    auto res = patch(path, 0, "abc", {{"Upload-Checksum", "md5 kAFQmDzST7DWlj99KOF/cg=="}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "unsupported_checksum_algorithm");
    EXPECT_EQ(offsetOf(path), 0);
}

TEST_F(Uploads, WrongOffsetAnswers409)
{
    const std::string path = create(10);
    ASSERT_EQ(patch(path, 0, "01234")->status, 204);
    for (const std::int64_t wrong : {0, 4, 6}) {
        auto res = patch(path, wrong, "56789");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 409) << wrong;
        EXPECT_EQ(jsonOf(res)["code"], "offset_mismatch");
        EXPECT_EQ(res->get_header_value("Upload-Offset"), "5");
    }
    EXPECT_EQ(offsetOf(path), 5);
    // The refused bodies were read away: the same connection goes on working.
    auto ok = patch(path, 5, "56789");
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 204);
}

TEST_F(Uploads, WrongContentTypeAnswers415)
{
    const std::string path = create(3);
    auto res = patch(path, 0, "abc", {}, "application/octet-stream");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 415);
    EXPECT_EQ(offsetOf(path), 0);
}

TEST_F(Uploads, BytesBeyondTheLengthAnswer413AndNothingIsKept)
{
    const std::string path = create(10);
    ASSERT_EQ(patch(path, 0, "0123")->status, 204);
    auto res = patch(path, 4, "456789ABCDEF");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    EXPECT_EQ(jsonOf(res)["code"], "upload_length_exceeded");
    EXPECT_EQ(offsetOf(path), 4);
    EXPECT_EQ(TransferFixture::readFile(fileOf(path)), "0123");
}

TEST_F(Uploads, BytesBeyondTheLengthInAChunkedBodyAreNotKept)
{
    const std::string path = create(10);
    RawConnection connection(f.server.port());
    connection.send("PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    f.aliceToken + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: " + kOctets +
                    "\r\nUpload-Offset: 0\r\nTransfer-Encoding: chunked\r\n"
                    "Connection: close\r\n\r\n8\r\n01234567\r\n8\r\n89ABCDEF\r\n0\r\n\r\n");
    const std::string answer = connection.readAll();
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 413") << answer;
    EXPECT_EQ(offsetOf(path), 0);
    EXPECT_EQ(fileSize(path), 0u);
}

TEST_F(Uploads, OtherUsersCannotSeeOrTouchAnUpload)
{
    const std::string path = create(10);
    auto seen = head(path, f.bobToken);
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->status, 404);
    auto written = client->Patch(path.c_str(), tus(f.bobToken, {{"Upload-Offset", "0"}}),
                                 "0123456789", kOctets);
    ASSERT_TRUE(written);
    EXPECT_EQ(written->status, 404);
    auto removed = client->Delete(path.c_str(), tus(f.bobToken));
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->status, 404);
    EXPECT_EQ(offsetOf(path), 0);
    EXPECT_TRUE(rowExists(path));

    // Nor attach it to a message.
    auto &db = f.server.db();
    EXPECT_THROW(
        db.transaction([&] { f.store.attachUploads(db, f.messageId, f.bob, {idOf(path)}); }),
        pli::server::ApiError);
}

TEST_F(Uploads, DeleteRemovesBytesAndRow)
{
    const std::string path = create(10);
    ASSERT_EQ(patch(path, 0, "01234")->status, 204);
    auto res = client->Delete(path.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204);
    EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
    EXPECT_FALSE(std::filesystem::exists(fileOf(path)));
    EXPECT_FALSE(rowExists(path));
    auto after = head(path, f.aliceToken);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 404);
    auto again = client->Delete(path.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 404);
}

TEST_F(ShortLivedUploads, UnfinishedUploadExpiresAndIsSwept)
{
    // With a one-second lifetime, no PATCH is sure to come in time: only expiry is exercised.
    const std::string path = create(10);
    const std::string done = create(0); // complete at once

    EXPECT_TRUE(TransferFixture::waitFor([&] {
        auto res = head(path, f.aliceToken);
        return res && res->status == 404;
    }));
    auto late = patch(path, 0, "0123456789");
    ASSERT_TRUE(late);
    EXPECT_EQ(late->status, 404);
    EXPECT_TRUE(std::filesystem::exists(fileOf(path))); // until the next sweep
    EXPECT_EQ(fileSize(path), 0u);

    create(1); // creating an upload sweeps the expired ones
    EXPECT_FALSE(std::filesystem::exists(fileOf(path)));
    EXPECT_FALSE(rowExists(path));
    // A finished upload waits for its message.
    EXPECT_TRUE(rowExists(done));
    EXPECT_EQ(offsetOf(done), 0);
}

TEST_F(Uploads, RestartSweepsAndResumesWithTheDigestRecomputed)
{
    const std::string bytes = TransferFixture::randomBytes(120 * 1024, 13);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    ASSERT_EQ(patch(path, 0, bytes.substr(0, 50000))->status, 204);
    const std::string stale = create(10);
    ASSERT_EQ(patch(stale, 0, "01234")->status, 204);
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        db.execute("UPDATE uploads SET expires_at = ? WHERE id = ?", pli::server::nowSeconds() - 1,
                   idOf(stale));
    }
    const auto orphan = f.server.dataDir() / "uploads" / "up_left_by_a_crash";
    std::ofstream(orphan) << "junk";
    ASSERT_EQ(f.server.stop(), 0);

    RestartedServer restarted(f.server.dataDir());
    EXPECT_FALSE(rowExists(stale)); // swept on start
    EXPECT_FALSE(std::filesystem::exists(fileOf(stale)));
    EXPECT_FALSE(std::filesystem::exists(orphan));

    auto again = restarted.client();
    auto state = again->Head(path.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(state);
    EXPECT_EQ(state->get_header_value("Upload-Offset"), "50000");
    auto rest = again->Patch(path.c_str(), tus(f.aliceToken, {{"Upload-Offset", "50000"}}),
                             bytes.substr(50000), kOctets);
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    // The running digest died with the first process: the hash comes from the file.
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, PatchWithoutLengthIsRefusedWithoutWaitingForTheBody)
{
    const std::string path = create(10);
    RawConnection connection(f.server.port());
    connection.send("PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    f.aliceToken + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: " + kOctets +
                    "\r\nUpload-Offset: 0\r\n\r\n");
    const std::string answer = connection.readHead();
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 411") << answer;
    EXPECT_EQ(offsetOf(path), 0);
}
