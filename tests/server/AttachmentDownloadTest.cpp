// GET /attachments/{id} and GET|HEAD /attachments/{id}/content over real HTTP.
#include "TestHttp.h"
#include "TransferFixture.h"

#include <gtest/gtest.h>

using namespace pli::test;
namespace crypto = pli::server::crypto;

namespace {
httplib::Headers withBearer(const std::string &token, httplib::Headers extra = {})
{
    extra.emplace("Authorization", "Bearer " + token);
    return extra;
}

std::string contentPath(const std::string &id)
{
    return "/api/v1/attachments/" + id + "/content";
}

std::string reprDigestOf(const std::string &bytes)
{
    const auto digest = crypto::sha256(bytes);
    return "sha-256=:" + crypto::base64Encode(digest.data(), digest.size()) + ":";
}

class AttachmentDownload : public ::testing::Test
{
protected:
    TransferFixture f;
    std::string bytes = TransferFixture::randomBytes(300 * 1024 + 17); // several read chunks
    pli::server::AttachmentInfo info = f.attach(f.messageId, "budget.xlsx", bytes);
    std::unique_ptr<httplib::Client> client = f.server.client();

    httplib::Result get(const std::string &token, httplib::Headers extra = {})
    {
        return client->Get(contentPath(info.id).c_str(), withBearer(token, std::move(extra)));
    }
    httplib::Result range(const std::string &spec, httplib::Headers extra = {})
    {
        extra.emplace("Range", spec);
        return get(f.bobToken, std::move(extra));
    }
};
} // namespace

TEST_F(AttachmentDownload, MetadataDescribesTheAttachment)
{
    auto res = client->Get(("/api/v1/attachments/" + info.id).c_str(), withBearer(f.bobToken));
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    const auto body = jsonOf(res);
    EXPECT_EQ(body["id"], info.id);
    EXPECT_EQ(body["name"], "budget.xlsx");
    EXPECT_EQ(body["size"], bytes.size());
    EXPECT_EQ(body["content_type"],
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(body["sha256"], crypto::sha256Hex(bytes));
    EXPECT_EQ(body["message_id"], f.messageId);
    EXPECT_EQ(body["conversation_id"], f.conversationId);
}

TEST_F(AttachmentDownload, WholeFileHasEveryByteAndItsDigests)
{
    auto res = get(f.bobToken);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    EXPECT_EQ(res->body.size(), bytes.size());
    EXPECT_EQ(crypto::sha256Hex(res->body), crypto::sha256Hex(bytes));
    EXPECT_EQ(res->get_header_value("ETag"), "\"" + crypto::sha256Hex(bytes) + "\"");
    EXPECT_EQ(res->get_header_value("Repr-Digest"), reprDigestOf(bytes));
    EXPECT_EQ(res->get_header_value("Accept-Ranges"), "bytes");
    EXPECT_EQ(res->get_header_value("Cache-Control"), "private, no-store");
    EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(bytes.size()));
    EXPECT_EQ(res->get_header_value("Content-Type"), info.contentType);
    EXPECT_EQ(res->get_header_value_count("Content-Type"), 1u);
    EXPECT_FALSE(res->has_header("Content-Range"));
}

TEST_F(AttachmentDownload, EachRangeFormGivesExactlyItsBytes)
{
    const auto size = static_cast<std::int64_t>(bytes.size());
    struct Case
    {
        std::string spec;
        std::int64_t first, last;
    };
    const std::vector<Case> cases{
        {"bytes=0-99", 0, 99},
        {"bytes=1000-70000", 1000, 70000},
        {"bytes=300000-", 300000, size - 1},
        {"bytes=-500", size - 500, size - 1},
        {"bytes=" + std::to_string(size - 1) + "-" + std::to_string(size - 1), size - 1, size - 1},
        {"bytes=-1", size - 1, size - 1},
        {"bytes=5000-99999999", 5000, size - 1},
        {"bytes=-99999999", 0, size - 1},
    };
    for (const auto &c : cases) {
        auto res = range(c.spec);
        ASSERT_TRUE(res) << c.spec;
        EXPECT_EQ(res->status, 206) << c.spec;
        const std::string expected = bytes.substr(static_cast<std::size_t>(c.first),
                                                  static_cast<std::size_t>(c.last - c.first + 1));
        EXPECT_EQ(res->body, expected) << c.spec;
        EXPECT_EQ(res->get_header_value("Content-Range"), "bytes " + std::to_string(c.first) + "-" +
                                                              std::to_string(c.last) + "/" +
                                                              std::to_string(size))
            << c.spec;
        EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(expected.size()));
        // Repr-Digest and ETag describe the whole representation, also on a part.
        EXPECT_EQ(res->get_header_value("Repr-Digest"), reprDigestOf(bytes)) << c.spec;
        EXPECT_EQ(res->get_header_value("ETag"), "\"" + info.sha256 + "\"");
    }
}

TEST_F(AttachmentDownload, RangePastTheEndAnswers416WithTheSize)
{
    for (const std::string &spec :
         {"bytes=" + std::to_string(bytes.size()) + "-", std::string("bytes=999999999-999999999"),
          std::string("bytes=-0")}) {
        auto res = range(spec);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 416) << spec;
        EXPECT_EQ(res->get_header_value("Content-Range"),
                  "bytes */" + std::to_string(bytes.size()));
        EXPECT_EQ(jsonOf(res)["code"], "range_not_satisfiable");
        EXPECT_EQ(res->get_header_value("Repr-Digest"), reprDigestOf(bytes));
    }
}

TEST_F(AttachmentDownload, IfRangeWithTheCurrentEtagKeepsTheRange)
{
    auto res = range("bytes=10-19", {{"If-Range", "\"" + info.sha256 + "\""}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 206);
    EXPECT_EQ(res->body, bytes.substr(10, 10));
}

TEST_F(AttachmentDownload, IfRangeWithAnotherValidatorSendsEverything)
{
    for (const std::string &validator : {std::string("\"0000\""), "W/\"" + info.sha256 + "\"",
                                         std::string("Wed, 21 Oct 2015 07:28:00 GMT")}) {
        auto res = range("bytes=10-19", {{"If-Range", validator}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200) << validator;
        EXPECT_EQ(res->body, bytes) << validator;
        EXPECT_FALSE(res->has_header("Content-Range"));
    }
}

TEST_F(AttachmentDownload, SeveralRangesAnswerTheWholeBody)
{
    auto res = range("bytes=0-9,20-29");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, bytes);
    EXPECT_EQ(res->get_header_value("Content-Type"), info.contentType);
}

TEST_F(AttachmentDownload, HeadAnswersHeadersWithoutBody)
{
    auto res = client->Head(contentPath(info.id).c_str(), withBearer(f.bobToken));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_TRUE(res->body.empty());
    EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(bytes.size()));
    EXPECT_EQ(res->get_header_value("ETag"), "\"" + info.sha256 + "\"");
    EXPECT_EQ(res->get_header_value("Repr-Digest"), reprDigestOf(bytes));
    EXPECT_EQ(res->get_header_value("Accept-Ranges"), "bytes");
    EXPECT_EQ(f.activityCount(f.bobPersona, "downloaded"), 0); // looking is not downloading

    auto part = client->Head(contentPath(info.id).c_str(),
                             withBearer(f.bobToken, {{"Range", "bytes=-10"}}));
    ASSERT_TRUE(part);
    EXPECT_EQ(part->status, 206);
    EXPECT_EQ(part->get_header_value("Content-Length"), "10");
}

TEST_F(AttachmentDownload, Utf8NameIsOfferedWithAsciiFallback)
{
    const auto accented = f.attach(f.messageId, "Relevé été 2015.pdf", "%PDF-1.4");
    // Raw: httplib's client would percent-decode the header value.
    const std::string res = f.rawGet(contentPath(accented.id), f.bobToken);
    EXPECT_EQ(res.substr(0, 15), "HTTP/1.1 200 OK");
    EXPECT_EQ(rawHeader(res, "Content-Disposition"),
              "attachment; filename=\"Releve ete 2015.pdf\"; "
              "filename*=UTF-8''Relev%C3%A9%20%C3%A9t%C3%A9%202015.pdf");
    EXPECT_EQ(rawHeader(res, "Content-Type"), "application/pdf");
}

TEST_F(AttachmentDownload, HostileStoredNameCannotBreakTheHeaders)
{
    // Stored directly, bypassing the sanitising import: as if an older server had kept it.
    const std::string id = crypto::randomId("a_");
    std::ofstream(f.store.blobPath(id), std::ios::binary) << "MZ";
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        db.execute("INSERT INTO attachments(id, message_id, name, size, content_type, sha256, "
                   "position, created_at) VALUES (?,?,?,?,?,?,?,?)",
                   id, f.messageId, "..\\..\\run\r\nSet-Cookie: a=b\".exe", 2,
                   "application/octet-stream", crypto::sha256Hex("MZ"), 5, 0);
    }
    const std::string res = f.rawGet(contentPath(id), f.bobToken);
    EXPECT_EQ(res.substr(0, 15), "HTTP/1.1 200 OK");
    EXPECT_EQ(res.substr(res.size() - 6), "\r\n\r\nMZ");
    EXPECT_EQ(res.find("\nSet-Cookie"), std::string::npos);
    EXPECT_EQ(rawHeader(res, "Content-Disposition"),
              "attachment; filename=\"run__Set-Cookie: a=b_.exe\"; "
              "filename*=UTF-8''run__Set-Cookie%3A%20a%3Db%22.exe");
}

TEST_F(AttachmentDownload, CompressionNeverTouchesTextAttachments)
{
    std::string csv = "year;amount\n";
    for (int i = 0; i < 20000; ++i)
        csv += std::to_string(2000 + i % 20) + ";" + std::to_string(i * 7) + "\n";
    const auto table = f.attach(f.messageId, "amounts.csv", csv);
    const auto text = f.attach(f.messageId, "notes.txt", csv);
    ASSERT_EQ(table.contentType, "text/csv");
    ASSERT_EQ(text.contentType, "text/plain");
    client->set_decompress(false); // see the bytes exactly as sent

    for (const auto &attachment : {table, text}) {
        for (const char *encodings : {"gzip", "gzip, br", "br"}) {
            auto whole = client->Get(contentPath(attachment.id).c_str(),
                                     withBearer(f.bobToken, {{"Accept-Encoding", encodings}}));
            ASSERT_TRUE(whole);
            EXPECT_EQ(whole->status, 200);
            EXPECT_FALSE(whole->has_header("Content-Encoding")) << encodings;
            EXPECT_EQ(whole->get_header_value("Content-Length"), std::to_string(csv.size()));
            EXPECT_EQ(whole->body, csv);

            auto part = client->Get(contentPath(attachment.id).c_str(),
                                    withBearer(f.bobToken, {{"Accept-Encoding", encodings},
                                                            {"Range", "bytes=100-199"}}));
            ASSERT_TRUE(part);
            EXPECT_EQ(part->status, 206);
            EXPECT_FALSE(part->has_header("Content-Encoding"));
            EXPECT_EQ(part->get_header_value("Content-Length"), "100");
            EXPECT_EQ(part->body, csv.substr(100, 100));
        }
    }
}

TEST_F(AttachmentDownload, OutsidersGet404LikeForNothing)
{
    for (const std::string &path : {contentPath(info.id), "/api/v1/attachments/" + info.id}) {
        auto res = client->Get(path.c_str(), withBearer(f.carolToken));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 404) << path;
        EXPECT_EQ(jsonOf(res)["code"], "not_found");
    }
    auto missing = client->Get(contentPath("a_none").c_str(), withBearer(f.bobToken));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 404);
    auto anonymous = client->Get(contentPath(info.id).c_str());
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
}

TEST_F(AttachmentDownload, MemberWhoDeletedTheConversationGets404)
{
    {
        auto &db = f.server.db();
        auto guard = db.lock();
        db.execute("UPDATE conversation_members SET deleted = 1 WHERE persona_id = ?",
                   f.bobPersona);
    }
    auto res = get(f.bobToken);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
}

TEST_F(AttachmentDownload, ErrorsAreNotCutByARangeHeader)
{
    auto res = client->Get(contentPath("a_none").c_str(),
                           withBearer(f.bobToken, {{"Range", "bytes=0-3"}}));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_FALSE(res->has_header("Content-Range"));
    EXPECT_EQ(jsonOf(res)["code"], "not_found");
}

TEST_F(AttachmentDownload, ExpiredMessageAnswers410)
{
    const std::string expired = f.addMessage(pli::server::nowSeconds() - 1);
    const auto old = f.attach(expired, "old.pdf", "old bytes");
    for (const std::string &path : {contentPath(old.id), "/api/v1/attachments/" + old.id}) {
        auto res = client->Get(path.c_str(), withBearer(f.bobToken));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 410) << path;
        EXPECT_EQ(jsonOf(res)["code"], "message_expired");
    }
    // Still hidden from outsiders rather than gone.
    auto outsider = client->Get(contentPath(old.id).c_str(), withBearer(f.carolToken));
    ASSERT_TRUE(outsider);
    EXPECT_EQ(outsider->status, 404);
}

TEST_F(AttachmentDownload, ChunkedDownloadRecordsOneDownloadedActivity)
{
    std::string assembled;
    const std::size_t chunk = 64 * 1024;
    for (std::size_t first = 0; first < bytes.size(); first += chunk) {
        auto res =
            range("bytes=" + std::to_string(first) + "-" + std::to_string(first + chunk - 1));
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 206);
        assembled += res->body;
    }
    EXPECT_EQ(assembled, bytes);
    EXPECT_EQ(f.activityCount(f.bobPersona, "downloaded"), 1);

    // A new download from the start is another download.
    auto again = get(f.bobToken);
    ASSERT_TRUE(again);
    EXPECT_EQ(f.activityCount(f.bobPersona, "downloaded"), 2);
}

TEST_F(AttachmentDownload, EmptyAttachmentDownloadsAsNothing)
{
    const auto empty = f.attach(f.messageId, "empty.txt", "");
    auto res = client->Get(contentPath(empty.id).c_str(),
                           withBearer(f.bobToken, {{"Range", "bytes=0-10"}}));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, "");
    EXPECT_EQ(res->get_header_value("Content-Length"), "0");
    EXPECT_EQ(res->get_header_value("ETag"), "\"" + crypto::sha256Hex("") + "\"");
}
