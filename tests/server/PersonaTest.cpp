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

// Claiming someone else's address means guessing the code mailed to it: a new code must not
// bring new guesses, and the guesses of a day are few.
class PersonaGuessing : public Persona
{
protected:
    // As if the last code had been mailed a minute earlier, past --email-code-interval.
    void backdateCode(const std::string &id)
    {
        sql("UPDATE personas SET verify_expires_at = verify_expires_at - 60 WHERE id = '" + id +
            "'");
    }
    void guessWrong(const Person &who, const std::string &id, const std::string &right, int times)
    {
        const std::string wrong = right == "000000" ? "111111" : "000000";
        for (int i = 0; i < times; ++i) {
            auto res = verify(who, id, wrong);
            ASSERT_TRUE(res);
            EXPECT_EQ(res->status, 400) << "guess " << i << ": " << res->body;
        }
    }
    std::string newCode(const Person &who, const std::string &id, const std::string &email,
                        int expectedStatus = 202)
    {
        backdateCode(id);
        auto res = add(who, email);
        EXPECT_TRUE(res);
        if (!res)
            return {};
        EXPECT_EQ(res->status, expectedStatus) << res->body;
        lastCode = jsonOf(res).value("code", "");
        lastRetryAfter = res->get_header_value("Retry-After");
        return codeIn(server.lastMailTo(email));
    }
    // The problem code and Retry-After of the last answer to newCode().
    std::string lastCode;
    std::string lastRetryAfter;
};

TEST_F(PersonaGuessing, ANewCodeBringsNoNewGuessesBeyondTheDaysTen)
{
    const Person intruder = participant("intruder");
    const Person owner = participant("owner");
    auto res = add(intruder, owner.email);
    const std::string id = jsonOf(res)["id"];
    std::string code = codeIn(server.lastMailTo(owner.email));
    guessWrong(intruder, id, code, 5);
    code = newCode(intruder, id, owner.email);
    guessWrong(intruder, id, code, 5);

    // Ten wrong codes today: no new code, and not even the right one is compared.
    newCode(intruder, id, owner.email, 429);
    EXPECT_EQ(lastCode, "rate_limited");
    ASSERT_FALSE(lastRetryAfter.empty());
    const int retryAfter = std::stoi(lastRetryAfter);
    EXPECT_GT(retryAfter, 23 * 3600);
    EXPECT_LE(retryAfter, 24 * 3600);
    res = verify(intruder, id, code);
    EXPECT_EQ(res->status, 429) << res->body;
    EXPECT_EQ(jsonOf(res)["code"], "rate_limited");
    EXPECT_FALSE(res->get_header_value("Retry-After").empty());
    EXPECT_EQ(getJson("/api/v1/personas", intruder).size(), 1u + 1u) << "still a mere claim";
    EXPECT_EQ(getJson("/api/v1/personas", intruder)[1]["verified"], false);
}

TEST_F(PersonaGuessing, TheGuessesComeBackTheNextDay)
{
    const Person jean = participant("jean");
    auto res = add(jean, "jean.new@example.org");
    const std::string id = jsonOf(res)["id"];
    std::string code = codeIn(server.lastMailTo("jean.new@example.org"));
    guessWrong(jean, id, code, 5);
    code = newCode(jean, id, "jean.new@example.org");
    guessWrong(jean, id, code, 5);
    EXPECT_EQ(verify(jean, id, code)->status, 429);

    sql("UPDATE personas SET verify_day_start = verify_day_start - 86400 WHERE id = '" + id + "'");
    code = newCode(jean, id, "jean.new@example.org");
    res = verify(jean, id, code);
    EXPECT_EQ(res->status, 204) << res->body;
}

TEST_F(PersonaGuessing, AnAddressGetsAtMostFiveCodesADay)
{
    const Person jean = participant("jean");
    auto res = add(jean, "jean.mail@example.org");
    const std::string id = jsonOf(res)["id"];
    for (int i = 2; i <= 5; ++i)
        newCode(jean, id, "jean.mail@example.org");
    const auto mails = server.outbox().size();
    newCode(jean, id, "jean.mail@example.org", 429);
    EXPECT_EQ(lastCode, "rate_limited");
    EXPECT_FALSE(lastRetryAfter.empty());
    EXPECT_EQ(server.outbox().size(), mails) << "no sixth mail";
    const std::string code = codeIn(server.lastMailTo("jean.mail@example.org"));
    EXPECT_EQ(verify(jean, id, code)->status, 204) << "the fifth code still works";
}
