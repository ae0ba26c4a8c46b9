// Request bodies over real connections: refused before a byte is read, never read by a route
// that takes none, and never taken for the client's next request.
#include "TestHttp.h"
#include "TransferFixture.h"

#include <gtest/gtest.h>

using namespace pli::test;

namespace {
// A request that would be answered if the server took an unread body for the next request.
const std::string kSmuggled = "GET /api/v1/smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// The next whole answer on a connection (headers, then the body its Content-Length announces).
std::string readAnswer(RawConnection &connection, bool head = false)
{
    std::string answer = connection.readHead();
    const std::string length = rawHeader(answer, "Content-Length");
    if (head || length.empty())
        return answer;
    const std::size_t wanted = answer.size() + std::stoul(length);
    while (answer.size() < wanted) {
        const std::string more = connection.readSome();
        if (more.empty())
            break;
        answer += more;
    }
    return answer;
}

class RequestBodies : public ::testing::Test
{
protected:
    // Sends the request head announcing a body, reads the answer, then sends the body: on a
    // connection still open the server would take it for a request.
    std::string answerThenSmuggle(const std::string &requestHead, bool head = false)
    {
        RawConnection connection(server.port());
        connection.send(requestHead + "Content-Length: " + std::to_string(kSmuggled.size()) +
                        "\r\n\r\n");
        const std::string answer = readAnswer(connection, head);
        connection.send(kSmuggled);
        afterwards = connection.readAll();
        return answer;
    }

    std::string auth() const { return "Authorization: Bearer " + token + "\r\n"; }

    TestServer server;
    std::string user = server.addUser("dana", "collaborator");
    std::string token = server.tokenFor(user);
    std::string afterwards;
};
} // namespace

TEST_F(RequestBodies, AJsonBodyWithoutALengthIsRefusedAtOnce)
{
    // httplib would read it until the client closes the connection, without any limit.
    const std::string response =
        rawExchange(server.port(),
                    "POST /api/v1/contacts HTTP/1.1\r\n"
                    "Host: 127.0.0.1\r\n" +
                        auth() + "Content-Type: application/json\r\n\r\n{}",
                    5);
    EXPECT_EQ(response.substr(0, 12), "HTTP/1.1 411") << response;
    EXPECT_NE(response.find("\"length_required\""), std::string::npos) << response;
}

TEST_F(RequestBodies, AnUnreadBodyIsNeverTakenForTheNextRequest)
{
    const std::string uploadHeaders = "Tus-Resumable: 1.0.0\r\nUpload-Length: 3\r\n"
                                      "Upload-Metadata: filename YS50eHQ=\r\n";
    const std::vector<std::pair<std::string, std::string>> requests{
        {"GET", "/api/v1/me"},
        {"HEAD", "/api/v1/me"},
        {"OPTIONS", "/api/v1/uploads"},
        {"POST", "/api/v1/uploads"},
        {"DELETE", "/api/v1/uploads/up_unknown"},
        {"GET", "/api/v1/nothing-here"},
    };
    for (const auto &[method, path] : requests) {
        const std::string answer = answerThenSmuggle(
            method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth() + uploadHeaders,
            method == "HEAD");
        EXPECT_EQ(answer.substr(0, 9), "HTTP/1.1 ") << method << ' ' << path;
        EXPECT_EQ(rawHeader(answer, "Connection"), "close") << method << ' ' << path << answer;
        EXPECT_EQ(afterwards.find("HTTP/1.1"), std::string::npos)
            << method << ' ' << path << " answered the body as a request: " << afterwards;
    }
    EXPECT_EQ(server.log().find("/api/v1/smuggled"), std::string::npos) << server.log();
    auto client = server.client();
    EXPECT_EQ(getWith(*client, "/api/v1/me", token)->status, 200) << "the server still serves";
}

TEST_F(RequestBodies, ARefusedBodyClosesTheConnection)
{
    for (const std::string &head :
         {std::string("POST /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Transfer-Encoding: chunked\r\n"),
          std::string("POST /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Length: 2\r\n")}) {
        // The second announces two lengths (one here, one from answerThenSmuggle).
        const std::string answer = answerThenSmuggle(head + auth());
        EXPECT_TRUE(answer.rfind("HTTP/1.1 411", 0) == 0 || answer.rfind("HTTP/1.1 400", 0) == 0)
            << answer;
        EXPECT_EQ(rawHeader(answer, "Connection"), "close") << answer;
        EXPECT_EQ(afterwards.find("HTTP/1.1"), std::string::npos) << afterwards;
    }
    EXPECT_EQ(server.log().find("/api/v1/smuggled"), std::string::npos) << server.log();
}

TEST_F(RequestBodies, UploadRoutesOtherThanPatchReadNoBody)
{
    auto client = server.client();
    httplib::Headers headers{{"Tus-Resumable", "1.0.0"},
                             {"Authorization", "Bearer " + token},
                             {"Upload-Length", "3"},
                             {"Upload-Metadata", "filename YS50eHQ="}};
    auto created = client->Post("/api/v1/uploads", headers, "", "");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 201);
    const std::string path = created->get_header_value("Location");
    // 50 MB announced, two bytes sent: an answer proves that nothing waits for the rest.
    const std::string response =
        rawExchange(server.port(),
                    "DELETE " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth() +
                        "Tus-Resumable: 1.0.0\r\n"
                        "Content-Length: 50000000\r\n\r\nab",
                    5);
    EXPECT_EQ(response.substr(0, 12), "HTTP/1.1 204") << response;
    EXPECT_EQ(client->Head(path.c_str(), headers)->status, 404) << "the upload was deleted";

    const std::string put = rawExchange(
        server.port(),
        "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Content-Length: 2097152\r\n\r\n{", 5);
    EXPECT_EQ(put.substr(0, 12), "HTTP/1.1 413") << "only PATCH may carry more than 1 MiB";
}

TEST_F(RequestBodies, ABodyThatWouldBeRefusedIsNotAskedFor)
{
    const std::string response =
        rawExchange(server.port(),
                    "POST /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth() +
                        "Expect: 100-continue\r\n"
                        "Content-Length: 2097152\r\n\r\n",
                    5);
    EXPECT_EQ(response.substr(0, 12), "HTTP/1.1 413") << "no 100 Continue first: " << response;
    EXPECT_EQ(rawHeader(response, "Connection"), "close");
}

TEST(StreamedAnswers, AnUnreadBodyIsNotTakenForARequestAfterADownloadEither)
{
    TransferFixture f;
    const std::string bytes = TransferFixture::randomBytes(300000);
    const auto attachment = f.attach(f.messageId, "budget.xlsx", bytes);
    RawConnection connection(f.server.port());
    connection.send("GET /api/v1/attachments/" + attachment.id +
                    "/content HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + f.bobToken +
                    "\r\nContent-Length: " + std::to_string(kSmuggled.size()) + "\r\n\r\n");
    const std::string answer = readAnswer(connection);
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 200") << answer.substr(0, 300);
    EXPECT_EQ(rawHeader(answer, "Connection"), "close");
    EXPECT_EQ(answer.substr(answer.find("\r\n\r\n") + 4), bytes) << "the whole file first";
    connection.send(kSmuggled);
    EXPECT_EQ(connection.readAll().find("HTTP/1.1"), std::string::npos);
    EXPECT_EQ(f.server.log().find("/api/v1/smuggled"), std::string::npos) << f.server.log();

    // HEAD: the headers, no byte of the file, and the connection closed too.
    RawConnection head(f.server.port());
    head.send("HEAD /api/v1/attachments/" + attachment.id +
              "/content HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + f.bobToken +
              "\r\nContent-Length: " + std::to_string(kSmuggled.size()) + "\r\n\r\n");
    const std::string headers = readAnswer(head, true);
    EXPECT_EQ(headers.substr(0, 12), "HTTP/1.1 200") << headers;
    EXPECT_EQ(rawHeader(headers, "Content-Length"), std::to_string(bytes.size()));
    head.send(kSmuggled);
    EXPECT_EQ(head.readAll(), "") << "nothing after the headers";
}
