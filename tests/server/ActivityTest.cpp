#include "ConversationFixture.h"

using namespace pli::test;

using Activity = ConversationFixture;

namespace {
std::vector<std::string> column(const nlohmann::json &activity, const std::string &what)
{
    std::vector<std::string> out;
    for (const auto &item : activity["items"])
        out.push_back(what == "name" ? item["actor"]["display_name"].get<std::string>()
                                     : item[what].get<std::string>());
    return out;
}
} // namespace

TEST_F(Activity, TheHistorySortsByNameActivityOrDate)
{
    const Person marie = collaborator("marie", "Marie Unetelle");
    const Person jean = participant("jean");
    const std::string id = start(marie, {jean}, "History");
    const auto messages = getJson("/api/v1/conversations/" + id + "/messages", jean)["items"];
    ASSERT_EQ(postJson(*http, "/api/v1/messages/" + messages[0]["id"].get<std::string>() + "/open",
                       nlohmann::json::object(), jean.token)
                  ->status,
              204);
    ASSERT_EQ(post(jean, id, "Reply")->status, 201);
    // Distinct times so that the date order is unambiguous.
    sql("UPDATE activity SET at = 1000 + seq * 60 WHERE conversation_id = '" + id + "'");
    const std::string base = "/api/v1/conversations/" + id + "/activity";

    auto activity = getJson(base, jean);
    EXPECT_EQ(column(activity, "action"),
              (std::vector<std::string>{"created", "posted", "opened", "posted"}))
        << "by date, oldest first, by default";
    EXPECT_EQ(activity["items"][0]["actor"],
              (nlohmann::json{{"email", marie.email}, {"display_name", "Marie Unetelle"}}));
    EXPECT_EQ(activity["items"][0]["at"], "1970-01-01T00:17:40Z");
    activity = getJson(base + "?sort=date&order=desc", jean);
    EXPECT_EQ(column(activity, "action"),
              (std::vector<std::string>{"posted", "opened", "posted", "created"}));
    activity = getJson(base + "?sort=activity&order=asc", jean);
    EXPECT_EQ(column(activity, "action"),
              (std::vector<std::string>{"created", "opened", "posted", "posted"}));
    activity = getJson(base + "?sort=activity&order=desc", jean);
    EXPECT_EQ(column(activity, "action"),
              (std::vector<std::string>{"posted", "posted", "opened", "created"}));
    activity = getJson(base + "?sort=name&order=asc", jean);
    EXPECT_EQ(column(activity, "name"),
              (std::vector<std::string>{"jean", "jean", "Marie Unetelle", "Marie Unetelle"}));
    EXPECT_EQ(column(activity, "action"),
              (std::vector<std::string>{"opened", "posted", "created", "posted"}))
        << "chronological within one name";
    activity = getJson(base + "?sort=name&order=desc", jean);
    EXPECT_EQ(column(activity, "name")[0], "Marie Unetelle");

    for (const char *bad : {"?sort=who", "?order=sideways"})
        EXPECT_EQ(getWith(*http, base + bad, jean.token)->status, 400) << bad;
}
