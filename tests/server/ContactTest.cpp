#include "ConversationFixture.h"

using namespace pli::test;

using Contact = ConversationFixture;

TEST_F(Contact, AddedContactsAreListedByNameThenAddress)
{
    const Person jean = participant("jean");
    for (const auto &[email, name] :
         std::vector<std::pair<std::string, std::string>>{{"zoe@example.org", "Zoé"},
                                                          {"b.martin@example.org", "martin"},
                                                          {"a.martin@example.org", "Martin"},
                                                          {"anne@example.org", "Anne"}}) {
        auto res = postJson(*http, "/api/v1/contacts", {{"email", email}, {"display_name", name}},
                            jean.token);
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 201) << res->body;
        EXPECT_EQ(jsonOf(res)["email"], email);
        EXPECT_EQ(jsonOf(res)["display_name"], name);
        EXPECT_FALSE(jsonOf(res)["id"].get<std::string>().empty());
    }
    const auto list = getJson("/api/v1/contacts", jean);
    std::vector<std::string> order;
    for (const auto &c : list)
        order.push_back(c["email"]);
    EXPECT_EQ(order, (std::vector<std::string>{"anne@example.org", "a.martin@example.org",
                                               "b.martin@example.org", "zoe@example.org"}));
}

TEST_F(Contact, BadAddressesAndDuplicatesAreRefused)
{
    const Person jean = participant("jean");
    auto res =
        postJson(*http, "/api/v1/contacts", {{"email", "nope"}, {"display_name", "N"}}, jean.token);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["field"], "email");
    res = postJson(*http, "/api/v1/contacts", {{"display_name", "N"}}, jean.token);
    EXPECT_EQ(res->status, 400);
    res = postJson(*http, "/api/v1/contacts", {{"email", "x@example.org"}}, jean.token);
    EXPECT_EQ(res->status, 201) << "the name is optional";
    res = postJson(*http, "/api/v1/contacts", {{"email", "X@Example.org"}, {"display_name", "X"}},
                   jean.token);
    EXPECT_EQ(res->status, 409);
    EXPECT_EQ(jsonOf(res)["code"], "contact_exists");
    EXPECT_EQ(getJson("/api/v1/contacts", jean).size(), 1u);
}

TEST_F(Contact, DeletingRemovesOnlyOnesOwnContacts)
{
    const Person jean = participant("jean");
    const Person other = participant("other");
    auto res = postJson(*http, "/api/v1/contacts", {{"email", "a@example.org"}}, jean.token);
    const std::string id = jsonOf(res)["id"];

    EXPECT_TRUE(getJson("/api/v1/contacts", other).empty()) << "address books are private";
    res = http->Delete(("/api/v1/contacts/" + id).c_str(), bearer(other.token));
    EXPECT_EQ(res->status, 404);
    auto missing = http->Delete("/api/v1/contacts/k_missing", bearer(other.token));
    EXPECT_EQ(res->body, missing->body);
    EXPECT_EQ(getJson("/api/v1/contacts", jean).size(), 1u);

    res = http->Delete(("/api/v1/contacts/" + id).c_str(), bearer(jean.token));
    EXPECT_EQ(res->status, 204);
    EXPECT_TRUE(getJson("/api/v1/contacts", jean).empty());
    res = http->Delete(("/api/v1/contacts/" + id).c_str(), bearer(jean.token));
    EXPECT_EQ(res->status, 404);
}
