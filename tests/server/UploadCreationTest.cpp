// tus 1.0.0 upload creation under /api/v1/uploads over real HTTP: OPTIONS, POST with
// Upload-Length and Upload-Metadata, and what is refused before any byte.
#include "UploadFixture.h"

using namespace pli::test;
using namespace pli::test::uploads;

TEST_F(Uploads, OptionsAdvertisesTheProtocolWithoutSignIn)
{
    auto res = client->Options("/api/v1/uploads");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204);
    EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
    EXPECT_EQ(res->get_header_value("Tus-Version"), "1.0.0");
    EXPECT_EQ(res->get_header_value("Tus-Extension"),
              "creation,checksum,termination,expiration,prefix-digest");
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

TEST_F(Uploads, EmptyFileIsCompleteAtOnce)
{
    const std::string path = create(0, "empty.txt");
    auto res = head(path, f.aliceToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->get_header_value("Upload-Offset"), "0");
    EXPECT_EQ(res->get_header_value("Upload-Length"), "0");
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(""));
}
