#include "ConversationFixture.h"

#include "Clock.h"
#include "Crypto.h"

using namespace pli::test;

using Message = ConversationFixture;

namespace {
std::vector<std::string> bodiesOf(const nlohmann::json &page)
{
    std::vector<std::string> bodies;
    for (const auto &item : page["items"])
        bodies.push_back(item["body"]);
    return bodies;
}
} // namespace

TEST_F(Message, PagesComeNewestFirstWithItemsOldestToNewest)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Budget requests", "m1");
    for (int i = 2; i <= 7; ++i)
        ASSERT_EQ(post(i % 2 ? marie : jean, id, "m" + std::to_string(i))->status, 201);
    const std::string base = "/api/v1/conversations/" + id + "/messages";

    auto page = getJson(base, jean);
    EXPECT_EQ(page["total"], 7);
    EXPECT_EQ(page["has_more"], true);
    EXPECT_EQ(bodiesOf(page), (std::vector<std::string>{"m3", "m4", "m5", "m6", "m7"}));
    const std::string oldestShown = page["items"][0]["id"];
    page = getJson(base + "?before=" + oldestShown, jean);
    EXPECT_EQ(bodiesOf(page), (std::vector<std::string>{"m1", "m2"}));
    EXPECT_EQ(page["has_more"], false);
    EXPECT_EQ(page["total"], 7);
    page = getJson(base + "?limit=1&before=" + oldestShown, jean);
    EXPECT_EQ(bodiesOf(page), std::vector<std::string>{"m2"});
    EXPECT_EQ(page["has_more"], true);
    page = getJson(base + "?limit=100", jean);
    EXPECT_EQ(page["items"].size(), 7u);
    EXPECT_EQ(page["has_more"], false);

    const std::string other = start(marie, {jean}, "Other");
    const std::string otherMessage =
        getJson("/api/v1/conversations/" + other + "/messages", jean)["items"][0]["id"];
    for (const std::string &bad :
         std::vector<std::string>{"?limit=0", "?limit=101", "?limit=five", "?before=m_missing",
                                  "?before=" + otherMessage}) {
        auto res = getWith(*http, base + bad, jean.token);
        EXPECT_EQ(res->status, 400) << bad;
    }
}

TEST_F(Message, ItemsSaySenderMineOpenedAndExpiry)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Hello", "From Marie");
    auto res = post(jean, id, "From Jean");
    ASSERT_EQ(res->status, 201) << res->body;
    const auto created = jsonOf(res);
    EXPECT_EQ(created["body"], "From Jean");
    EXPECT_EQ(created["mine"], true);
    EXPECT_EQ(created["opened"], true) << "one's own messages count as opened";
    EXPECT_TRUE(created["attachments"].empty());

    const auto items = getJson("/api/v1/conversations/" + id + "/messages", jean)["items"];
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0]["sender"], (nlohmann::json{{"email", marie.email},
                                                  {"display_name", "Marie Unetelle"},
                                                  {"organization", "Innovactione"}}));
    EXPECT_EQ(items[0]["mine"], false);
    EXPECT_EQ(items[0]["opened"], false);
    EXPECT_EQ(items[0]["expired"], false);
    EXPECT_EQ(items[1]["id"], created["id"]);
    EXPECT_EQ(items[1]["mine"], true);
    // Messages expire a year after they are sent.
    const auto sent = pli::server::fromRfc3339(items[0]["sent_at"].get<std::string>());
    const auto expires = pli::server::fromRfc3339(items[0]["expires_at"].get<std::string>());
    ASSERT_TRUE(sent && expires);
    EXPECT_EQ(*expires - *sent, 365 * 24 * 3600);

    const auto asMarie = getJson("/api/v1/conversations/" + id + "/messages", marie)["items"];
    EXPECT_EQ(asMarie[0]["mine"], true);
    EXPECT_EQ(asMarie[1]["mine"], false);
    EXPECT_EQ(asMarie[1]["opened"], false);
}

TEST_F(Message, OpeningMarksItReadAndLowersTheUnreadCount)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string a = start(marie, {jean}, "A");
    start(marie, {jean}, "B");
    ASSERT_EQ(post(marie, a, "second")->status, 201);
    EXPECT_EQ(personaOf(jean)["unread_count"], 2);
    const auto items = getJson("/api/v1/conversations/" + a + "/messages", jean)["items"];
    const auto open = [&](const std::string &messageId) {
        return postJson(*http, "/api/v1/messages/" + messageId + "/open", nlohmann::json::object(),
                        jean.token);
    };

    EXPECT_EQ(open(items[0]["id"])->status, 204);
    EXPECT_EQ(personaOf(jean)["unread_count"], 2) << "A still holds an unopened message";
    EXPECT_EQ(open(items[1]["id"])->status, 204);
    EXPECT_EQ(personaOf(jean)["unread_count"], 1);
    EXPECT_EQ(open(items[1]["id"])->status, 204) << "opening again is harmless";

    const auto after = getJson("/api/v1/conversations/" + a + "/messages", jean)["items"];
    EXPECT_EQ(after[0]["opened"], true);
    EXPECT_EQ(after[1]["opened"], true);
    const auto list = getJson("/api/v1/personas/" + jean.personaId + "/conversations", jean);
    for (const auto &item : list["items"]) {
        EXPECT_EQ(item["unread"], item["title"] == "B");
        EXPECT_EQ(item["is_new"], item["title"] == "B") << "opening a message opens A";
    }
    // Only the first opening of each message is recorded.
    int opened = 0;
    const auto activity = getJson("/api/v1/conversations/" + a + "/activity", marie);
    for (const auto &entry : activity["items"])
        opened += entry["action"] == "opened";
    EXPECT_EQ(opened, 2);

    auto res =
        postJson(*http, "/api/v1/messages/m_missing/open", nlohmann::json::object(), jean.token);
    EXPECT_EQ(res->status, 404);
}

TEST_F(Message, AnExpiredMessageKeepsOnlyItsHeader)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Old", "secret text");
    EXPECT_EQ(personaOf(jean)["unread_count"], 1);
    sql("UPDATE messages SET expires_at = " + std::to_string(pli::server::nowSeconds() - 10) +
        " WHERE conversation_id = '" + id + "'");
    const auto item = getJson("/api/v1/conversations/" + id + "/messages", jean)["items"][0];
    EXPECT_EQ(item["expired"], true);
    EXPECT_EQ(item["body"], "");
    EXPECT_TRUE(item["attachments"].empty());
    EXPECT_EQ(item["sender"]["email"], marie.email) << "the header stays";
    EXPECT_FALSE(item["sent_at"].get<std::string>().empty());

    auto res = postJson(*http, "/api/v1/messages/" + item["id"].get<std::string>() + "/open",
                        nlohmann::json::object(), jean.token);
    EXPECT_EQ(res->status, 410);
    EXPECT_EQ(jsonOf(res)["code"], "message_expired");
    EXPECT_EQ(personaOf(jean)["unread_count"], 0) << "an expired message is not waiting anymore";
}

TEST_F(Message, PostingBumpsTheConversationAndNotifiesTheOthers)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const Person anne = participant("anne");
    const std::string id = start(marie, {jean, anne}, "Team");
    sql("UPDATE conversations SET modified_at = 1000 WHERE id = '" + id + "'");
    const auto before = server.outbox().size();
    auto res = post(jean, id, "News from Jean");
    ASSERT_EQ(res->status, 201) << res->body;
    const auto item =
        getJson("/api/v1/personas/" + anne.personaId + "/conversations", anne)["items"][0];
    EXPECT_NE(item["modified_at"], "1970-01-01T00:16:40Z");
    EXPECT_EQ(item["modified_at"], jsonOf(res)["sent_at"]);
    EXPECT_EQ(item["message_count"], 2);
    EXPECT_EQ(server.outbox().size(), before + 2) << "marie and anne, not jean";
    const auto mail = server.lastMailTo(marie.email);
    ASSERT_TRUE(mail);
    EXPECT_NE(mail->find(jean.email + " sent you a secure message in Pli: Team"),
              std::string::npos);
    EXPECT_EQ(mail->find("News from Jean"), std::string::npos);
    EXPECT_EQ(personaOf(marie)["unread_count"], 1);
}

TEST_F(Message, ABodyMustHoldSomethingAndNotTooMuch)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "T");
    const std::string base = "/api/v1/conversations/" + id + "/messages";
    EXPECT_EQ(post(jean, id, "")->status, 400);
    EXPECT_EQ(post(jean, id, "  \n ")->status, 400);
    EXPECT_EQ(post(jean, id, std::string(100001, 'x'))->status, 400);
    EXPECT_EQ(postJson(*http, base, {{"text", "x"}}, jean.token)->status, 400);
    EXPECT_EQ(postJson(*http, base, {{"body", 5}}, jean.token)->status, 400);
    EXPECT_EQ(postJson(*http, base, {{"body", "x"}, {"attachments", "u_1"}}, jean.token)->status,
              400);
    auto res = http->Post(base.c_str(), bearer(jean.token), "{not json", "application/json");
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(getJson(base, jean)["total"], 1) << "nothing was posted";
    EXPECT_EQ(post(jean, id, std::string(100000, 'x'))->status, 201);
}

TEST_F(Message, AttachingAnUploadThatIsNotOnesOwnFails)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "T");
    auto res =
        postJson(*http, "/api/v1/conversations/" + id + "/messages",
                 {{"body", "see attached"}, {"attachments", {"u_not_an_upload"}}}, jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << res->body;
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", jean)["total"], 1)
        << "the message is not stored without its attachments";
}

namespace {
// A finished tus upload of `bytes` by `token`; returns its id.
std::string upload(httplib::Client &http, const std::string &token, const std::string &name,
                   const std::string &bytes)
{
    httplib::Headers headers = bearer(token);
    headers.emplace("Tus-Resumable", "1.0.0");
    headers.emplace("Upload-Length", std::to_string(bytes.size()));
    headers.emplace("Upload-Metadata", "filename " + pli::server::crypto::base64Encode(name) +
                                           ",content_type " +
                                           pli::server::crypto::base64Encode("text/plain"));
    auto res = http.Post("/api/v1/uploads", headers, "", "application/offset+octet-stream");
    EXPECT_TRUE(res);
    if (!res)
        return {};
    EXPECT_EQ(res->status, 201) << res->body;
    const std::string location = res->get_header_value("Location");
    headers = bearer(token);
    headers.emplace("Tus-Resumable", "1.0.0");
    headers.emplace("Upload-Offset", "0");
    res = http.Patch(location.c_str(), headers, bytes, "application/offset+octet-stream");
    EXPECT_TRUE(res);
    if (res) {
        EXPECT_EQ(res->status, 204) << res->body;
    }
    return location.substr(location.rfind('/') + 1);
}
} // namespace

TEST_F(Message, AttachmentsComeFromOnesFinishedUploads)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Files");
    const std::string bytes = "quarterly figures\n";
    const std::string uploadId = upload(*http, jean.token, "figures.txt", bytes);
    auto res = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                        {{"body", "see attached"}, {"attachments", {uploadId}}}, jean.token);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
    const auto attachments = jsonOf(res)["attachments"];
    ASSERT_EQ(attachments.size(), 1u);
    EXPECT_EQ(attachments[0]["name"], "figures.txt");
    EXPECT_EQ(attachments[0]["size"], bytes.size());
    EXPECT_EQ(attachments[0]["sha256"], pli::server::crypto::sha256Hex(bytes));
    EXPECT_FALSE(attachments[0]["content_type"].get<std::string>().empty());
    const auto seen = getJson("/api/v1/conversations/" + id + "/messages", marie)["items"][1];
    EXPECT_EQ(seen["attachments"], attachments) << "the other member sees the same files";

    // Someone else cannot attach jean's upload, even a fresh one.
    const std::string another = upload(*http, jean.token, "more.txt", "more");
    res = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                   {{"body", "stolen"}, {"attachments", {another}}}, marie.token);
    EXPECT_EQ(res->status, 404);
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", marie)["total"], 2);
}

TEST_F(Message, AttachmentsOverOneGibibyteAreRefused)
{
    const Person marie = collaborator("marie");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "Big");
    // Two finished uploads of 600 MiB each, arranged in the database (the total is checked
    // before any file is touched).
    for (const char *upload : {"u_big1", "u_big2"})
        sql(std::string("INSERT INTO uploads(id, user_id, length, offset, filename, content_type, "
                        "sha256, expires_at, created_at) VALUES ('") +
            upload + "', '" + jean.userId + "', 629145600, 629145600, 'big.bin', " +
            "'application/octet-stream', 'ab', 9999999999, 0)");
    auto res = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                        {{"body", "too much"}, {"attachments", {"u_big1", "u_big2"}}}, jean.token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    EXPECT_EQ(jsonOf(res)["code"], "message_too_large");
    EXPECT_EQ(getJson("/api/v1/conversations/" + id + "/messages", jean)["total"], 1);
}
