#pragma once

#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pli::test {

// One person arranged straight into the database: a user, one persona and a bearer token.
struct Person
{
    std::string userId;
    std::string personaId;
    std::string email;
    std::string token;
};

// A running pli-server with helpers to arrange people and conversations through the API, for
// the conversation, message, activity and event tests.
class ConversationFixture : public ::testing::Test
{
protected:
    // `serverArgs`: extra flags for `pli-server serve` (limits a test needs small).
    explicit ConversationFixture(std::vector<std::string> serverArgs = {})
        : server(std::move(serverArgs))
    {}

    TestServer server;
    std::unique_ptr<httplib::Client> http = server.client();

    Person person(const std::string &name, const std::string &role,
                  const std::string &organization = "", const std::string &displayName = "")
    {
        Person p;
        p.userId = server.addUser(name, role, std::nullopt, organization);
        p.email = name + "@pli.test";
        p.personaId = server.addPersona(p.userId, p.email, displayName);
        p.token = server.tokenFor(p.userId);
        return p;
    }
    Person collaborator(const std::string &name, const std::string &displayName = "")
    {
        return person(name, "collaborator", "Innovactione", displayName);
    }
    Person participant(const std::string &name) { return person(name, "participant"); }

    // A second persona of the same user.
    Person otherPersona(const Person &of, const std::string &email)
    {
        Person p = of;
        p.email = email;
        p.personaId = server.addPersona(of.userId, email);
        return p;
    }

    // Starts a conversation through the API; fails the test unless it answers 201.
    std::string start(const Person &owner, const std::vector<Person> &to, const std::string &title,
                      const std::string &body = "First message")
    {
        nlohmann::json emails = nlohmann::json::array();
        for (const auto &p : to)
            emails.push_back(p.email);
        auto res = postJson(*http, "/api/v1/conversations",
                            {{"persona_id", owner.personaId},
                             {"title", title},
                             {"participants", emails},
                             {"body", body}},
                            owner.token);
        EXPECT_TRUE(res);
        if (!res)
            return {};
        EXPECT_EQ(res->status, 201) << res->body;
        return jsonOf(res).value("id", "");
    }

    // Posts a message through the API; returns the answer (status checked by the caller).
    httplib::Result post(const Person &who, const std::string &conversationId,
                         const std::string &body)
    {
        return postJson(*http, "/api/v1/conversations/" + conversationId + "/messages",
                        {{"body", body}}, who.token);
    }

    nlohmann::json getJson(const std::string &path, const Person &who, int expectedStatus = 200)
    {
        auto res = getWith(*http, path, who.token);
        EXPECT_TRUE(res);
        if (!res)
            return nullptr;
        EXPECT_EQ(res->status, expectedStatus) << path << ": " << res->body;
        return jsonOf(res);
    }

    nlohmann::json personaOf(const Person &who)
    {
        for (const auto &p : getJson("/api/v1/personas", who))
            if (p["id"] == who.personaId)
                return p;
        return nullptr;
    }

    // Sets a column of every row matching `where` (arranging times and expiry).
    void sql(const std::string &statement)
    {
        auto guard = server.db().lock();
        server.db().exec(statement);
    }
};

} // namespace pli::test
