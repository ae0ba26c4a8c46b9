// Open uploads per user are limited in number and in declared bytes: 429 with Retry-After.
#include "UploadFixture.h"

using namespace pli::test;
using namespace pli::test::uploads;

namespace {
class UploadQuotas : public Uploads
{
protected:
    UploadQuotas()
        : Uploads({"--max-open-uploads", "2", "--max-open-upload-bytes", "100"})
    {}

    httplib::Result createAs(const std::string &token, std::int64_t length)
    {
        return post(std::to_string(length), "filename " + b64("part.bin"), token);
    }

    static void expectQuotaAnswer(const httplib::Result &res)
    {
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 429) << res->body;
        EXPECT_EQ(jsonOf(res)["code"], "upload_quota_exceeded");
        EXPECT_EQ(res->get_header_value("Tus-Resumable"), "1.0.0");
        const std::string retryAfter = res->get_header_value("Retry-After");
        ASSERT_FALSE(retryAfter.empty());
        EXPECT_GE(std::stoll(retryAfter), 1);
        EXPECT_LE(std::stoll(retryAfter), 24 * 3600) << "until the oldest open upload expires";
    }
};
} // namespace

TEST_F(UploadQuotas, AThirdOpenUploadWaitsForRoom)
{
    const std::string first = create(10);
    create(10);
    expectQuotaAnswer(createAs(f.aliceToken, 10));
    EXPECT_EQ(uploadFileCount(), 2u) << "nothing is kept of the refused upload";

    EXPECT_EQ(createAs(f.bobToken, 10)->status, 201) << "the quota is each user's";
    auto removed = client->Delete(first.c_str(), tus(f.aliceToken));
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->status, 204);
    EXPECT_EQ(createAs(f.aliceToken, 10)->status, 201) << "a deleted upload frees its place";
}

TEST_F(UploadQuotas, DeclaredBytesCountUntilTheUploadIsAttached)
{
    const std::string big = create(60);
    expectQuotaAnswer(createAs(f.aliceToken, 50));
    EXPECT_EQ(createAs(f.aliceToken, 40)->status, 201) << "exactly 100 bytes fit";

    // Attached to a message, an upload no longer counts.
    auto patched = patch(big, 0, std::string(60, 'x'));
    ASSERT_TRUE(patched);
    ASSERT_EQ(patched->status, 204);
    auto posted = postJson(*client, "/api/v1/conversations/" + f.conversationId + "/messages",
                           {{"body", "Here"}, {"attachments", {idOf(big)}}}, f.aliceToken);
    ASSERT_TRUE(posted);
    ASSERT_EQ(posted->status, 201) << posted->body;
    EXPECT_EQ(createAs(f.aliceToken, 60)->status, 201);
}

TEST_F(UploadQuotas, ExpiredUploadsNoLongerCount)
{
    create(10);
    create(10);
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        db.execute("UPDATE uploads SET expires_at = ?", pli::server::nowSeconds() - 1);
    }
    EXPECT_EQ(createAs(f.aliceToken, 10)->status, 201);
}
