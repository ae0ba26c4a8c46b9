// What the contract says is gone is deleted for good: the text and files of expired messages at
// the next sweep, the attachments of conversations nobody lists after the retention period.
#include "TestHttp.h"
#include "TransferFixture.h"

#include <gtest/gtest.h>

using namespace pli::test;
namespace fs = std::filesystem;

namespace {
std::uintmax_t bytesIn(const fs::path &folder)
{
    std::uintmax_t total = 0;
    std::error_code error;
    for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
         it.increment(error))
        total += it->file_size();
    return total;
}

class Retention : public ::testing::Test
{
protected:
    explicit Retention(const std::string &retentionDays = "0.00002") // 1.7 s
        : f({"--sweep-interval", "1", "--retention-days", retentionDays})
    {}

    std::string messageText(const std::string &messageId)
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT body FROM messages WHERE id = ?", messageId);
        return st.next() ? st.text(0) : "<no message>";
    }

    std::int64_t attachmentRows(const std::string &messageId)
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT COUNT(*) FROM attachments WHERE message_id = ?", messageId);
        st.next();
        return st.integer(0);
    }

    fs::path blobs() const { return f.server.dataDir() / "blobs"; }

    TransferFixture f;
    std::unique_ptr<httplib::Client> client = f.server.client();
};

class LongRetention : public Retention
{
protected:
    LongRetention()
        : Retention("30")
    {}
};
} // namespace

TEST_F(Retention, AnExpiredMessageLosesItsTextAndFilesButKeepsItsHeader)
{
    const std::string bytes = TransferFixture::randomBytes(300000);
    const auto kept = f.attach(f.messageId, "kept.bin", bytes);
    const std::string expiring = f.addMessage(pli::server::nowSeconds() + 2);
    const auto gone = f.attach(expiring, "devis_2015.xlsx", bytes);
    const auto gone2 = f.attach(expiring, "notes.txt", "short");
    ASSERT_EQ(getWith(*client, "/api/v1/attachments/" + gone.id + "/content", f.bobToken)->status,
              200);
    const auto before = bytesIn(blobs());
    const auto activity =
        getWith(*client, "/api/v1/conversations/" + f.conversationId + "/activity", f.aliceToken)
            ->body;

    ASSERT_TRUE(TransferFixture::waitFor([&] { return !fs::exists(f.store.blobPath(gone.id)); }))
        << f.server.log();
    EXPECT_TRUE(TransferFixture::waitFor([&] { return !fs::exists(f.store.blobPath(gone2.id)); }));
    EXPECT_EQ(bytesIn(blobs()), before - bytes.size() - 5) << "the disk holds less";
    EXPECT_TRUE(fs::exists(f.store.blobPath(kept.id))) << "an unexpired message keeps its file";
    EXPECT_EQ(messageText(expiring), "");
    EXPECT_EQ(messageText(f.messageId), "See attached.");
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT COUNT(*) FROM attachments WHERE message_id = ? AND "
                           "(name <> '' OR sha256 <> '')",
                           expiring);
        st.next();
        EXPECT_EQ(st.integer(0), 0) << "nothing of the files is left but ids and sizes";
    }

    // The thread still shows the message as expired, the history is unchanged, and the files
    // answer 410 as before.
    auto page = jsonOf(getWith(
        *client, "/api/v1/conversations/" + f.conversationId + "/messages?limit=10", f.bobToken));
    ASSERT_EQ(page["items"].size(), 2u) << page.dump();
    EXPECT_EQ(page["items"][1]["id"], expiring);
    EXPECT_EQ(page["items"][1]["expired"], true);
    EXPECT_EQ(page["items"][1]["body"], "");
    EXPECT_EQ(page["items"][0]["attachments"].size(), 1u);
    auto res = getWith(*client, "/api/v1/attachments/" + gone.id + "/content", f.bobToken);
    EXPECT_EQ(res->status, 410);
    EXPECT_EQ(jsonOf(res)["code"], "message_expired");
    EXPECT_EQ(
        getWith(*client, "/api/v1/conversations/" + f.conversationId + "/activity", f.aliceToken)
            ->body,
        activity);
    EXPECT_NE(f.server.log().find("retention: 1 expired message(s)"), std::string::npos)
        << f.server.log();
}

TEST_F(Retention, AConversationNobodyListsLosesItsAttachmentsAfterTheRetentionPeriod)
{
    const std::string bytes = TransferFixture::randomBytes(200000);
    const auto attachment = f.attach(f.messageId, "budget.xlsx", bytes);
    const auto before = bytesIn(blobs());
    auto remove = [&](const std::string &persona, const std::string &token) {
        auto res = postJson(*client, "/api/v1/personas/" + persona + "/conversations/delete",
                            {{"ids", {f.conversationId}}}, token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 204) << res->body;
    };
    remove(f.bobPersona, f.bobToken);
    std::this_thread::sleep_for(std::chrono::seconds(3));
    EXPECT_TRUE(fs::exists(f.store.blobPath(attachment.id))) << "alice still lists it";

    remove(f.alicePersona, f.aliceToken);
    ASSERT_TRUE(TransferFixture::waitFor([&] {
        return !fs::exists(f.store.blobPath(attachment.id));
    })) << f.server.log();
    EXPECT_EQ(bytesIn(blobs()), before - bytes.size());
    EXPECT_EQ(attachmentRows(f.messageId), 0);
    EXPECT_EQ(messageText(f.messageId), "See attached.") << "only the attachments go";
}

TEST_F(LongRetention, AttachmentsStayDuringTheRetentionPeriod)
{
    const auto attachment = f.attach(f.messageId, "budget.xlsx", "figures");
    for (const auto &[persona, token] :
         {std::pair{f.bobPersona, f.bobToken}, std::pair{f.alicePersona, f.aliceToken}}) {
        auto res = postJson(*client, "/api/v1/personas/" + persona + "/conversations/delete",
                            {{"ids", {f.conversationId}}}, token);
        ASSERT_EQ(res->status, 204) << res->body;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2500)); // two sweeps
    EXPECT_TRUE(fs::exists(f.store.blobPath(attachment.id)));
    EXPECT_EQ(attachmentRows(f.messageId), 1);
}

TEST(UploadRetention, AnExpiredUploadLeavesTheDiskWithoutAnyOtherRequest)
{
    TransferFixture f({"--upload-ttl", "1", "--sweep-interval", "1"});
    auto client = f.server.client();
    httplib::Headers headers{{"Tus-Resumable", "1.0.0"},
                             {"Authorization", "Bearer " + f.aliceToken},
                             {"Upload-Length", "10"},
                             {"Upload-Metadata", "filename YS50eHQ="}};
    auto created = client->Post("/api/v1/uploads", headers, "", "");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 201);
    const std::string path = created->get_header_value("Location");
    const auto file = f.store.uploadPath(path.substr(path.rfind('/') + 1));
    headers.erase("Upload-Length");
    headers.emplace("Upload-Offset", "0");
    ASSERT_EQ(
        client->Patch(path.c_str(), headers, "01234", "application/offset+octet-stream")->status,
        204);
    ASSERT_TRUE(fs::exists(file));
    EXPECT_TRUE(TransferFixture::waitFor([&] { return !fs::exists(file); }))
        << "the unfinished upload expired a second after its creation";
}
