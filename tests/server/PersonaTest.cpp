#include "ConversationFixture.h"

#include <regex>

using namespace pli::test;

namespace {
std::string codeIn(const std::optional<std::string> &mail)
{
    std::smatch match;
    if (!mail || !std::regex_search(*mail, match, std::regex("profile: ([0-9]{6})")))
        return {};
    return match[1];
}
} // namespace

class Persona : public ConversationFixture
{
protected:
    httplib::Result add(const Person &who, const std::string &email)
    {
        return postJson(*http, "/api/v1/personas", {{"email", email}}, who.token);
    }
    httplib::Result verify(const Person &who, const std::string &personaId, const std::string &code)
    {
        return postJson(*http, "/api/v1/personas/" + personaId + "/verify", {{"code", code}},
                        who.token);
    }
};

TEST_F(Persona, AddingAnAddressMailsACodeThatVerifiesIt)
{
    const Person jean = participant("jean");
    auto res = add(jean, "jean.work@example.org");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 202) << res->body;
    const auto added = jsonOf(res);
    const std::string id = added["id"];
    EXPECT_EQ(added["verified"], false);
    EXPECT_EQ(added["email"], "jean.work@example.org");

    auto personas = getJson("/api/v1/personas", jean);
    ASSERT_EQ(personas.size(), 2u);
    EXPECT_EQ(personas[1]["id"], id);
    EXPECT_EQ(personas[1]["verified"], false);

    const std::string code = codeIn(server.lastMailTo("jean.work@example.org"));
    ASSERT_EQ(code.size(), 6u);
    EXPECT_EQ(server.log().find(code), std::string::npos) << "the code must not be logged";
    res = verify(jean, id, code);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << res->body;
    personas = getJson("/api/v1/personas", jean);
    EXPECT_EQ(personas[1]["verified"], true);

    // The code was single-use.
    res = verify(jean, id, code);
    EXPECT_EQ(res->status, 409);
    EXPECT_EQ(jsonOf(res)["code"], "already_verified");
}

TEST_F(Persona, AnInvalidAddressIsRefused)
{
    const Person jean = participant("jean");
    for (const char *bad : {"", "no-at-sign", "two@@example.org", "a@b", "sp ace@example.org",
                            "@example.org", "x@-bad-.org", "line\nbreak@example.org"}) {
        auto res = add(jean, bad);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << bad;
        EXPECT_EQ(jsonOf(res)["field"], "email") << bad;
    }
    auto res = postJson(*http, "/api/v1/personas", {{"mail", "x@example.org"}}, jean.token);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(getJson("/api/v1/personas", jean).size(), 1u) << "nothing was added";
}

TEST_F(Persona, ATakenAddressLooksAcceptedButFailsAtVerification)
{
    const Person jean = participant("jean");
    const Person other = participant("other");
    auto res = add(jean, other.email);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 202) << "the request must not reveal that the address is taken";
    const std::string id = jsonOf(res)["id"];
    EXPECT_EQ(jsonOf(res)["verified"], false);
    const std::string code = codeIn(server.lastMailTo(other.email));
    ASSERT_EQ(code.size(), 6u);
    res = verify(jean, id, code);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 409);
    EXPECT_EQ(jsonOf(res)["code"], "email_taken");
    EXPECT_EQ(getJson("/api/v1/personas", jean).size(), 1u) << "the dead claim is removed";
    EXPECT_EQ(getJson("/api/v1/personas", other).size(), 1u);
}

TEST_F(Persona, OnesOwnAddressIsRefusedPlainly)
{
    const Person jean = participant("jean");
    auto res = add(jean, jean.email);
    EXPECT_EQ(res->status, 409);
    EXPECT_EQ(jsonOf(res)["code"], "persona_exists");
}

TEST_F(Persona, WrongCodesAreRefusedAndTheCodeDiesAfterFive)
{
    const Person jean = participant("jean");
    auto res = add(jean, "jean.home@example.org");
    const std::string id = jsonOf(res)["id"];
    const std::string code = codeIn(server.lastMailTo("jean.home@example.org"));
    const std::string wrong = code == "000000" ? "111111" : "000000";
    for (int i = 0; i < 5; ++i) {
        res = verify(jean, id, wrong);
        EXPECT_EQ(res->status, 400);
        EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
    }
    res = verify(jean, id, code);
    EXPECT_EQ(res->status, 400) << "after five wrong codes the right one no longer works";
    EXPECT_EQ(getJson("/api/v1/personas", jean)[1]["verified"], false);
}

TEST_F(Persona, AnExpiredCodeIsRefused)
{
    const Person jean = participant("jean");
    auto res = add(jean, "jean.old@example.org");
    const std::string id = jsonOf(res)["id"];
    const std::string code = codeIn(server.lastMailTo("jean.old@example.org"));
    sql("UPDATE personas SET verify_expires_at = 1 WHERE id = '" + id + "'");
    res = verify(jean, id, code);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "invalid_code");
}

TEST_F(Persona, CodesAreNotMailedTwiceWithinTheInterval)
{
    const Person jean = participant("jean");
    EXPECT_EQ(add(jean, "jean.x@example.org")->status, 202);
    auto res = add(jean, "jean.x@example.org");
    EXPECT_EQ(res->status, 429);
    EXPECT_EQ(jsonOf(res)["code"], "rate_limited");
    EXPECT_FALSE(res->get_header_value("Retry-After").empty());
}

TEST_F(Persona, SomeoneElsesPersonaCannotBeVerified)
{
    const Person jean = participant("jean");
    const Person intruder = participant("intruder");
    auto res = add(jean, "jean.y@example.org");
    const std::string id = jsonOf(res)["id"];
    const std::string code = codeIn(server.lastMailTo("jean.y@example.org"));
    res = verify(intruder, id, code);
    EXPECT_EQ(res->status, 404);
    const auto missing = verify(intruder, "p_does_not_exist", code);
    EXPECT_EQ(res->body, missing->body) << "identical to a persona that does not exist";
    EXPECT_EQ(verify(jean, id, code)->status, 204) << "the code still works for its owner";
}
