// The life of a tus upload over real HTTP: who may touch it, deletion, expiry, a server
// restart, and becoming an attachment whose download gives back the same bytes.
#include "UploadFixture.h"

#include <chrono>
#include <thread>

using namespace pli::test;
using namespace pli::test::uploads;

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

TEST_F(ShortLivedUploads, UnattachedUploadsExpireFinishedOrNotAndAreSwept)
{
    // With a one-second lifetime, no PATCH is sure to come in time: only expiry is exercised.
    const std::string path = create(10);
    const std::string done = create(0); // finished at once: kept one second for a message

    for (const std::string &upload : {path, done})
        EXPECT_TRUE(TransferFixture::waitFor([&] {
            auto res = head(upload, f.aliceToken);
            return res && res->status == 404;
        }));
    auto late = patch(path, 0, "0123456789");
    ASSERT_TRUE(late);
    EXPECT_EQ(late->status, 404);
    EXPECT_TRUE(std::filesystem::exists(fileOf(path))); // until the next sweep
    EXPECT_EQ(fileSize(path), 0u);
    // A message naming the expired finished upload is told so, with its id.
    auto &db = f.server.db();
    try {
        db.transaction(
            [&] { return f.store.attachUploads(db, f.messageId, f.alice, {idOf(done)}); });
        ADD_FAILURE() << "an expired upload was attached";
    } catch (const pli::server::ApiError &error) {
        EXPECT_EQ(error.status, 404);
        EXPECT_EQ(error.code, "not_found");
        EXPECT_EQ(error.extra.value("upload_id", ""), idOf(done));
    }

    create(1); // creating an upload sweeps the expired ones
    for (const std::string &upload : {path, done}) {
        EXPECT_FALSE(std::filesystem::exists(fileOf(upload)));
        EXPECT_FALSE(rowExists(upload));
    }
}

TEST_F(SlowlyExpiringUploads, AFinishedUploadIsKeptTheLifetimeAfterItsLastByte)
{
    // Lifetime 4 s: finished 2.5 s after its creation, it outlives the creation's 4 s.
    const std::string path = create(10);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    auto res = patch(path, 0, "0123456789");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 204);
    std::this_thread::sleep_for(std::chrono::milliseconds(2100)); // 4.6 s after the creation
    auto alive = head(path, f.aliceToken);
    ASSERT_TRUE(alive);
    EXPECT_EQ(alive->status, 200) << "kept for a message after its last byte";
    EXPECT_TRUE(TransferFixture::waitFor([&] {
        auto gone = head(path, f.aliceToken);
        return gone && gone->status == 404;
    }));
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

TEST_F(Uploads, APrefixDigestAfterARestartIsCheckedAgainstTheFile)
{
    const std::string bytes = TransferFixture::randomBytes(200 * 1024, 23);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    ASSERT_EQ(patch(path, 0, bytes.substr(0, 70000),
                    {{"Upload-Prefix-Digest", prefixDigestOf(bytes.substr(0, 70000))}})
                  ->status,
              204);
    ASSERT_EQ(f.server.stop(), 0);

    RestartedServer restarted(f.server.dataDir());
    auto again = restarted.client();
    auto head = again->Head(path.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(head);
    EXPECT_EQ(head->get_header_value("Tus-Extension"),
              "creation,checksum,termination,expiration,prefix-digest");
    // The running digest died with the first process: it is hashed again from the file.
    auto wrong = again->Patch(
        path.c_str(),
        tus(f.aliceToken, {{"Upload-Offset", "70000"},
                           {"Upload-Prefix-Digest", prefixDigestOf(bytes.substr(70000))}}),
        bytes.substr(70000), kOctets);
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 460);
    auto rest = again->Patch(path.c_str(),
                             tus(f.aliceToken, {{"Upload-Offset", "70000"},
                                                {"Upload-Prefix-Digest", prefixDigestOf(bytes)}}),
                             bytes.substr(70000), kOctets);
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}
