// The authorisation matrix: every route the server registers, with what it gives another user
// (404 for their ids, exactly as for ids that do not exist) and without a token (401 but for the
// documented public ones). A route added without a line here fails RouteMatrix.
#include "ApiServer.h"
#include "RouteTable.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>

using namespace pli::test;

namespace {

// The ids a call names: user A's things, or ids that exist nowhere.
struct Ids
{
    std::string persona, pendingPersona, conversation, message, attachment, contact, upload;
    std::string ownConversation; // a conversation of the caller, for ids inside a body
};

struct Call
{
    std::string method;
    std::string path;
    nlohmann::json body = nullptr; // null: no body
    httplib::Headers headers = {};
};

enum class Access
{
    Public,   // answers without a token (openapi: security [] or {})
    Own,      // names nothing but the caller's own things
    OthersIds // names ids: another user's answer 404 like unknown ones
};

struct MatrixLine
{
    const char *route; // as registered: "METHOD pattern"
    Access access;
    std::function<std::vector<Call>(const Ids &)> calls;
};

const httplib::Headers kTus{{"Tus-Resumable", "1.0.0"}};

std::vector<Call> one(Call call)
{
    return {std::move(call)};
}

const std::vector<MatrixLine> &matrix()
{
    static const std::vector<MatrixLine> lines{
        {"POST /api/v1/auth/login", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/login", {{"username", "x"}}});
         }},
        {"POST /api/v1/auth/email-sign-in", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/email-sign-in", {{"username", "x@example.org"}}});
         }},
        {"POST /api/v1/auth/second-factor", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/second-factor", {{"challenge", "x"}}});
         }},
        {"POST /api/v1/auth/email-code", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/email-code", {{"challenge", "x"}}});
         }},
        {"POST /api/v1/auth/totp-enrollment", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/totp-enrollment", {{"challenge", "x"}}});
         }},
        {"POST /api/v1/auth/password", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/password", {{"challenge", "x"}}});
         }},
        {"POST /api/v1/auth/refresh", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/refresh", {{"refresh_token", "x"}}});
         }},
        {"POST /api/v1/auth/logout", Access::Own,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/logout", nlohmann::json::object()});
         }},
        {"POST /api/v1/auth/password-reset", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/password-reset", {{"username", "x"}}});
         }},
        {"POST /api/v1/auth/password-reset/confirm", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/password-reset/confirm", {{"token", "x"}}});
         }},
        {"POST /api/v1/auth/invitations/accept", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/invitations/accept", {{"token", "x"}}});
         }},
        {"POST /api/v1/auth/unlock", Access::Public,
         [](const Ids &) {
             return one({"POST", "/api/v1/auth/unlock", {{"token", "x"}}});
         }},

        // The pages of e-mailed links (outside /api/v1): they show nothing of an account.
        {"GET /open/auth/(invitation|password-reset|unlock)", Access::Public,
         [](const Ids &) {
             return std::vector<Call>{{"GET", "/open/auth/invitation?token=abcdefghijklmnop"},
                                      {"GET", "/open/auth/password-reset?token=abcdefghijklmnop"},
                                      {"GET", "/open/auth/unlock?token=abcdefghijklmnop"}};
         }},
        {"GET /open/conversation/([^/]+)", Access::Public,
         [](const Ids &ids) {
             return one({"GET", "/open/conversation/" + ids.conversation});
         }},

        {"GET /api/v1/me", Access::Own,
         [](const Ids &) {
             return one({"GET", "/api/v1/me"});
         }},
        {"GET /api/v1/personas", Access::Own,
         [](const Ids &) {
             return one({"GET", "/api/v1/personas"});
         }},
        {"POST /api/v1/personas", Access::Own,
         [](const Ids &) {
             return one({"POST", "/api/v1/personas", {{"email", "matrix@example.org"}}});
         }},
        {"POST /api/v1/personas/([^/]+)/verify", Access::OthersIds,
         [](const Ids &ids) {
             return one({"POST",
                         "/api/v1/personas/" + ids.pendingPersona + "/verify",
                         {{"code", "123456"}}});
         }},
        {"GET /api/v1/contacts", Access::Own,
         [](const Ids &) {
             return one({"GET", "/api/v1/contacts"});
         }},
        {"POST /api/v1/contacts", Access::Own,
         [](const Ids &) {
             return one({"POST", "/api/v1/contacts", {{"email", "c@example.org"}}});
         }},
        {"DELETE /api/v1/contacts/([^/]+)", Access::OthersIds,
         [](const Ids &ids) {
             return one({"DELETE", "/api/v1/contacts/" + ids.contact});
         }},

        {"GET /api/v1/personas/([^/]+)/conversations", Access::OthersIds,
         [](const Ids &ids) {
             return one({"GET", "/api/v1/personas/" + ids.persona + "/conversations"});
         }},
        {"POST /api/v1/personas/([^/]+)/conversations/delete", Access::OthersIds,
         [](const Ids &ids) {
             return one({"POST",
                         "/api/v1/personas/" + ids.persona + "/conversations/delete",
                         {{"ids", {ids.conversation}}}});
         }},
        {"POST /api/v1/conversations", Access::OthersIds,
         [](const Ids &ids) {
             return one({"POST",
                         "/api/v1/conversations",
                         {{"persona_id", ids.persona},
                          {"title", "Matrix"},
                          {"participants", {"bob@example.test"}},
                          {"body", "Hello"}}});
         }},
        {"GET /api/v1/conversations/([^/]+)", Access::OthersIds,
         [](const Ids &ids) {
             return one({"GET", "/api/v1/conversations/" + ids.conversation});
         }},
        {"GET /api/v1/conversations/([^/]+)/activity", Access::OthersIds,
         [](const Ids &ids) {
             return one({"GET", "/api/v1/conversations/" + ids.conversation + "/activity"});
         }},
        {"GET /api/v1/conversations/([^/]+)/messages", Access::OthersIds,
         [](const Ids &ids) {
             return one({"GET", "/api/v1/conversations/" + ids.conversation + "/messages"});
         }},
        {"POST /api/v1/conversations/([^/]+)/messages", Access::OthersIds,
         [](const Ids &ids) {
             return std::vector<Call>{{"POST",
                                       "/api/v1/conversations/" + ids.conversation + "/messages",
                                       {{"body", "Hello"}}},
                                      // The caller's own conversation, another user's upload.
                                      {"POST",
                                       "/api/v1/conversations/" + ids.ownConversation + "/messages",
                                       {{"body", "Hello"}, {"attachments", {ids.upload}}}}};
         }},
        {"POST /api/v1/messages/([^/]+)/open", Access::OthersIds,
         [](const Ids &ids) {
             return one(
                 {"POST", "/api/v1/messages/" + ids.message + "/open", nlohmann::json::object()});
         }},
        {"GET /api/v1/events", Access::Own,
         [](const Ids &) {
             return one({"GET", "/api/v1/events"});
         }},
        {"GET /api/v1/attachments/([^/]+)", Access::OthersIds,
         [](const Ids &ids) {
             return one({"GET", "/api/v1/attachments/" + ids.attachment});
         }},
        {"GET /api/v1/attachments/([^/]+)/content", Access::OthersIds,
         [](const Ids &ids) {
             const std::string path = "/api/v1/attachments/" + ids.attachment + "/content";
             return std::vector<Call>{{"GET", path}, {"HEAD", path}};
         }},

        {"OPTIONS /api/v1/uploads", Access::Public,
         [](const Ids &) {
             return one({"OPTIONS", "/api/v1/uploads", nullptr, kTus});
         }},
        {"OPTIONS /api/v1/uploads/([^/]+)", Access::Public,
         [](const Ids &ids) {
             return one({"OPTIONS", "/api/v1/uploads/" + ids.upload, nullptr, kTus});
         }},
        {"POST /api/v1/uploads", Access::Own,
         [](const Ids &) {
             return one({"POST",
                         "/api/v1/uploads",
                         nullptr,
                         {{"Tus-Resumable", "1.0.0"},
                          {"Upload-Length", "3"},
                          {"Upload-Metadata", "filename YS50eHQ="}}});
         }},
        {"GET /api/v1/uploads/([^/]+)", Access::OthersIds, // HEAD; a GET answers 405
         [](const Ids &ids) {
             return one({"HEAD", "/api/v1/uploads/" + ids.upload, nullptr, kTus});
         }},
        {"PATCH /api/v1/uploads/([^/]+)", Access::OthersIds,
         [](const Ids &ids) {
             return one({"PATCH",
                         "/api/v1/uploads/" + ids.upload,
                         "abc",
                         {{"Tus-Resumable", "1.0.0"}, {"Upload-Offset", "0"}}});
         }},
        {"DELETE /api/v1/uploads/([^/]+)", Access::OthersIds,
         [](const Ids &ids) {
             return one({"DELETE", "/api/v1/uploads/" + ids.upload, nullptr, kTus});
         }},
    };
    return lines;
}

httplib::Result send(httplib::Client &client, const Call &call, const std::string &token)
{
    httplib::Headers headers = call.headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    const char *path = call.path.c_str();
    if (call.method == "PATCH") // a tus chunk: raw bytes
        return client.Patch(path, headers, call.body.get<std::string>(),
                            "application/offset+octet-stream");
    const std::string body = call.body.is_null() ? "" : call.body.dump();
    const char *type = call.body.is_null() ? "" : "application/json";
    if (call.method == "GET")
        return client.Get(path, headers);
    if (call.method == "HEAD")
        return client.Head(path, headers);
    if (call.method == "OPTIONS")
        return client.Options(path, headers);
    if (call.method == "POST")
        return client.Post(path, headers, body, type);
    if (call.method == "DELETE")
        return client.Delete(path, headers, body, type);
    ADD_FAILURE() << "no way to send " << call.method;
    return client.Get(path, headers);
}

// The problem code of an answer, empty when it has none.
std::string codeOf(const httplib::Result &res)
{
    const auto body = jsonOf(res);
    return body.is_object() ? body.value("code", "") : "";
}

// The routes a freshly constructed server registers.
std::set<std::string> registeredRoutes()
{
    TempDir dir;
    pli::server::ServerConfig config;
    config.dataDir = dir.path() / "data";
    pli::server::ApiServer server(config);
    const auto routes = server.routes();
    return {routes.begin(), routes.end()};
}

// docs/openapi.yaml's operations as "method /path/{}" (parameters unnamed), each with whether
// it answers without a token (security: [] or an empty alternative {}).
std::map<std::string, bool> documentedOperations()
{
    std::ifstream in(std::string(PLI_SOURCE_DIR) + "/docs/openapi.yaml");
    const std::regex pathLine(R"(^  (/[^:]*):\s*$)");
    const std::regex operationLine(R"(^    (get|head|post|put|patch|delete|options):\s*$)");
    const std::regex parameter(R"(\{[^}]+\})");
    std::map<std::string, bool> operations;
    std::string path;
    std::string operation;
    bool inPaths = false;
    bool inSecurity = false;
    std::string line;
    while (std::getline(in, line)) {
        std::smatch match;
        if (line == "paths:") {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.empty() && line[0] != ' ' && line[0] != '#')
            break; // components:
        if (std::regex_match(line, match, pathLine)) {
            path = std::regex_replace(std::string(match[1]), parameter, "{}");
            operation.clear();
        } else if (std::regex_match(line, match, operationLine)) {
            operation = std::string(match[1]) + " " + path;
            operations[operation] = false;
            inSecurity = false;
        } else if (!operation.empty()) {
            if (line == "      security: []")
                operations[operation] = true;
            inSecurity =
                line == "      security:" || (inSecurity && line.rfind("        ", 0) == 0);
            if (inSecurity && line == "        - {}")
                operations[operation] = true;
        }
    }
    return operations;
}

// "GET /api/v1/conversations/([^/]+)" -> ("get", "/conversations/{}"); the routes outside the
// API's base path (the /open/ pages of e-mailed links) keep their whole path:
// "GET /open/auth/(invitation|password-reset|unlock)" -> ("get", "/open/auth/{}").
std::pair<std::string, std::string> documentedForm(const std::string &route)
{
    const auto space = route.find(' ');
    std::string method = route.substr(0, space);
    for (auto &c : method)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string path = route.substr(space + 1);
    const std::string base = "/api/v1";
    if (path.rfind(base + "/", 0) == 0)
        path = path.substr(base.size());
    static const std::regex group(R"(\([^)]*\))");
    return {method, std::regex_replace(path, group, "{}")};
}

} // namespace

TEST(RouteMatrix, EveryRegisteredRouteIsInTheMatrix)
{
    std::set<std::string> inMatrix;
    for (const auto &line : matrix())
        EXPECT_TRUE(inMatrix.insert(line.route).second) << "twice in the matrix: " << line.route;
    const auto registered = registeredRoutes();
    ASSERT_FALSE(registered.empty());
    for (const auto &route : registered)
        EXPECT_TRUE(inMatrix.count(route))
            << route << " is served but not in the authorisation matrix: add a line saying who "
            << "may call it, and test it";
    for (const auto &route : inMatrix)
        EXPECT_TRUE(registered.count(route)) << route << " is in the matrix but not served";
}

TEST(RouteMatrix, EveryRouteIsDocumentedWithItsAccess)
{
    const auto documented = documentedOperations();
    ASSERT_GT(documented.size(), 20u);
    std::set<std::string> served;
    for (const auto &line : matrix()) {
        const auto [method, path] = documentedForm(line.route);
        // httplib answers HEAD with the GET routes: either documents a GET route.
        std::vector<std::string> forms{method + " " + path};
        if (method == "get")
            forms.push_back("head " + path);
        bool found = false;
        for (const auto &form : forms) {
            const auto it = documented.find(form);
            if (it == documented.end())
                continue;
            found = true;
            served.insert(form);
            EXPECT_EQ(it->second, line.access == Access::Public)
                << form << ": openapi.yaml and the matrix disagree on whether it needs a token";
        }
        EXPECT_TRUE(found) << line.route << " is not in docs/openapi.yaml";
    }
    for (const auto &[operation, isPublic] : documented)
        EXPECT_TRUE(served.count(operation)) << operation << " is documented but not served";
}

class AuthorizationMatrix : public ::testing::Test
{
protected:
    AuthorizationMatrix()
    {
        alice = server.addUser("alice", "collaborator");
        bob = server.addUser("bob", "collaborator");
        const std::string carol = server.addUser("carol");
        a.persona = server.addPersona(alice, "alice@example.test");
        bobPersona = server.addPersona(bob, "bob@example.test");
        server.addPersona(carol, "carol@example.test");
        aliceToken = server.tokenFor(alice);
        bobToken = server.tokenFor(bob);

        // Alice's things: a pending persona, a contact, a conversation with carol holding a
        // message with an attachment, and an open upload.
        auto res =
            postJson(*http, "/api/v1/personas", {{"email", "alice.home@example.org"}}, aliceToken);
        a.pendingPersona = jsonOf(res).value("id", "");
        res = postJson(*http, "/api/v1/contacts", {{"email", "dana@example.org"}}, aliceToken);
        a.contact = jsonOf(res).value("id", "");
        const std::string attached = upload(aliceToken, true);
        res = postJson(*http, "/api/v1/conversations",
                       {{"persona_id", a.persona},
                        {"title", "Budget"},
                        {"participants", {"carol@example.test"}},
                        {"body", "See attached"},
                        {"attachments", {attached}}},
                       aliceToken);
        EXPECT_EQ(res->status, 201) << res->body;
        a.conversation = jsonOf(res).value("id", "");
        const auto page = jsonOf(
            getWith(*http, "/api/v1/conversations/" + a.conversation + "/messages", aliceToken));
        a.message = page["items"][0].value("id", "");
        a.attachment = page["items"][0]["attachments"][0].value("id", "");
        a.upload = upload(aliceToken, false);

        // Bob's own conversation, for ids of alice's inside his bodies.
        res = postJson(*http, "/api/v1/conversations",
                       {{"persona_id", bobPersona},
                        {"title", "Bob's"},
                        {"participants", {"carol@example.test"}},
                        {"body", "Hi"}},
                       bobToken);
        a.ownConversation = jsonOf(res).value("id", "");
        for (const std::string *id : {&a.pendingPersona, &a.contact, &a.conversation, &a.message,
                                      &a.attachment, &a.upload, &a.ownConversation})
            EXPECT_FALSE(id->empty());

        const std::string none = "x_00000000000000000000000000000000";
        unknown = Ids{none, none, none, none, none, none, none, a.ownConversation};
    }

    // A tus upload of alice's: finished (to attach) or left open.
    std::string upload(const std::string &token, bool finish)
    {
        httplib::Headers headers{{"Tus-Resumable", "1.0.0"},
                                 {"Authorization", "Bearer " + token},
                                 {"Upload-Length", "3"},
                                 {"Upload-Metadata", "filename YS50eHQ="}};
        auto res = http->Post("/api/v1/uploads", headers, "", "");
        const std::string path = res ? res->get_header_value("Location") : "";
        if (finish) {
            headers.erase("Upload-Length");
            headers.emplace("Upload-Offset", "0");
            http->Patch(path.c_str(), headers, "abc", "application/offset+octet-stream");
        }
        return path.substr(path.rfind('/') + 1);
    }

    TestServer server;
    std::unique_ptr<httplib::Client> http = server.client();
    std::string alice, bob, bobPersona, aliceToken, bobToken;
    Ids a;       // alice's
    Ids unknown; // nobody's
};

TEST_F(AuthorizationMatrix, AnotherUsersIdsAnswerExactlyLikeUnknownOnes)
{
    int checked = 0;
    for (const auto &line : matrix()) {
        if (line.access != Access::OthersIds)
            continue;
        const auto theirs = line.calls(a);
        const auto nobodys = line.calls(unknown);
        for (std::size_t i = 0; i < theirs.size(); ++i) {
            const std::string what = theirs[i].method + " " + theirs[i].path;
            auto res = send(*http, theirs[i], bobToken);
            ASSERT_TRUE(res) << what;
            EXPECT_EQ(res->status, 404) << what << ": " << res->body;
            auto same = send(*http, nobodys[i], bobToken);
            ASSERT_TRUE(same) << what;
            EXPECT_EQ(same->status, 404) << what;
            if (theirs[i].method != "HEAD") {
                const auto problem = jsonOf(res);
                const auto expected = jsonOf(same);
                EXPECT_EQ(codeOf(res), "not_found") << what;
                EXPECT_EQ(problem["detail"], expected["detail"]) << what;
                EXPECT_EQ(problem.size(), expected.size()) << what << ": " << res->body;
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 15);

    // Nothing of alice's changed, and her ids were real: she still reaches each thing.
    for (const std::string &path :
         {"/api/v1/conversations/" + a.conversation, "/api/v1/attachments/" + a.attachment,
          "/api/v1/conversations/" + a.conversation + "/activity"})
        EXPECT_EQ(getWith(*http, path, aliceToken)->status, 200) << path;
    EXPECT_EQ(getWith(*http, "/api/v1/contacts", aliceToken)->body.find(a.contact) !=
                  std::string::npos,
              true);
    auto head = http->Head(("/api/v1/uploads/" + a.upload).c_str(),
                           {{"Tus-Resumable", "1.0.0"}, {"Authorization", "Bearer " + aliceToken}});
    EXPECT_EQ(head->status, 200);
    EXPECT_EQ(head->get_header_value("Upload-Offset"), "0");
    const auto list =
        getWith(*http, "/api/v1/personas/" + a.persona + "/conversations", aliceToken)->body;
    EXPECT_NE(list.find(a.conversation), std::string::npos) << "still in alice's list";
}

TEST_F(AuthorizationMatrix, OnlyTheDocumentedRoutesAnswerWithoutAToken)
{
    for (const auto &line : matrix()) {
        for (const auto &call : line.calls(a)) {
            const std::string what = call.method + " " + call.path;
            auto res = send(*http, call, "");
            ASSERT_TRUE(res) << what;
            if (line.access == Access::Public) {
                EXPECT_NE(codeOf(res), "unauthorized") << what;
                continue;
            }
            EXPECT_EQ(res->status, 401) << what << ": " << res->body;
            if (call.method != "HEAD") {
                EXPECT_EQ(codeOf(res), "unauthorized") << what;
            }
        }
    }
}
