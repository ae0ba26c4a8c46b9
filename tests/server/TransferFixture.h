#pragma once

#include "AttachmentStore.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "TestServer.h"

#include <arpa/inet.h>
#include <chrono>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace pli::test {

// A plain TCP connection to the server, for what an HTTP client library hides or cannot do: read
// header values exactly as sent (httplib's client percent-decodes them), or send half a body and
// hang up.
class RawConnection
{
public:
    explicit RawConnection(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd < 0 ||
            ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot connect to the test server");
        timeval timeout{10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool send(const std::string &data)
    {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }
    // Everything the server sends until it closes the connection (or 10 s of silence).
    std::string readAll()
    {
        std::string out;
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0)
            out.append(buffer, static_cast<std::size_t>(n));
        return out;
    }
    // What the server has sent so far, waiting for at least a byte; empty once it has closed.
    std::string readSome()
    {
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
    }
    // The status line and headers of the next answer, without waiting for the connection to end.
    std::string readHead()
    {
        std::string out;
        char c = 0;
        while (out.find("\r\n\r\n") == std::string::npos && ::recv(m_fd, &c, 1, 0) == 1)
            out += c;
        return out;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

// The value of a header in a raw response, exactly as sent; empty when absent.
inline std::string rawHeader(const std::string &response, const std::string &name)
{
    const std::string key = "\r\n" + name + ": ";
    const auto start = response.find(key);
    if (start == std::string::npos)
        return {};
    const auto end = response.find("\r\n", start + key.size());
    return response.substr(start + key.size(), end - start - key.size());
}

// A running server with a conversation to transfer files in: alice (collaborator) owns it, bob
// (participant) takes part, carol is a user outside it. Arranged straight in the database.
class TransferFixture
{
public:
    explicit TransferFixture(std::vector<std::string> serverArgs = {})
        : server(std::move(serverArgs))
        , store(server.dataDir())
    {
        alice = server.addUser("alice", "collaborator");
        bob = server.addUser("bob");
        carol = server.addUser("carol");
        alicePersona = server.addPersona(alice, "alice@example.test", "Alice");
        bobPersona = server.addPersona(bob, "bob@example.test", "Bob");
        carolPersona = server.addPersona(carol, "carol@example.test", "Carol");
        aliceToken = server.tokenFor(alice);
        bobToken = server.tokenFor(bob);
        carolToken = server.tokenFor(carol);
        conversationId = server::crypto::randomId("c_");
        auto &db = server.db();
        auto guard = db.lock();
        const auto now = server::nowSeconds();
        db.execute("INSERT INTO conversations(id, title, owner_persona_id, created_at, "
                   "modified_at) VALUES (?,?,?,?,?)",
                   conversationId, "Budget requests", alicePersona, now, now);
        for (const auto &[persona, role] :
             {std::pair{alicePersona, "collaborator"}, std::pair{bobPersona, "participant"}})
            db.execute("INSERT INTO conversation_members(conversation_id, persona_id, role, "
                       "joined_at) VALUES (?,?,?,?)",
                       conversationId, persona, role, now);
        messageId = addMessage(std::nullopt);
    }

    std::string addMessage(std::optional<std::int64_t> expiresAt)
    {
        const std::string id = server::crypto::randomId("m_");
        auto &db = server.db();
        auto guard = db.lock();
        db.execute("INSERT INTO messages(id, conversation_id, sender_persona_id, body, sent_at, "
                   "expires_at) VALUES (?,?,?,?,?,?)",
                   id, conversationId, alicePersona, "See attached.", server::nowSeconds(),
                   expiresAt);
        return id;
    }

    // Imports bytes as an attachment of a message the way the admin CLI does.
    server::AttachmentInfo attach(const std::string &message, const std::string &name,
                                  const std::string &bytes, const std::string &contentType = {})
    {
        TempDir dir;
        const auto file = dir.path() / "source";
        std::ofstream(file, std::ios::binary) << bytes;
        auto &db = server.db();
        auto guard = db.lock();
        return store.importFile(db, message, file, name, contentType);
    }

    std::int64_t activityCount(const std::string &persona, const std::string &action)
    {
        auto &db = server.db();
        auto guard = db.lock();
        auto st = db.query("SELECT COUNT(*) FROM activity WHERE conversation_id = ? AND "
                           "persona_id = ? AND action = ?",
                           conversationId, persona, action);
        st.next();
        return st.integer(0);
    }

    static std::string randomBytes(std::size_t size, unsigned seed = 7)
    {
        std::mt19937 generator(seed);
        std::string bytes(size, '\0');
        for (auto &c : bytes)
            c = static_cast<char>(generator() & 0xFF);
        return bytes;
    }

    static std::string readFile(const std::filesystem::path &file)
    {
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

    // Polls a condition (for effects of another process) until it holds or the time is up.
    static bool waitFor(const std::function<bool()> &condition,
                        std::chrono::milliseconds limit = std::chrono::seconds(10))
    {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (!condition()) {
            if (std::chrono::steady_clock::now() > deadline)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return true;
    }

    // A GET answered on a fresh connection, returned raw (status line, headers, body).
    std::string rawGet(const std::string &path, const std::string &token)
    {
        RawConnection connection(server.port());
        connection.send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                        token + "\r\nConnection: close\r\n\r\n");
        return connection.readAll();
    }

    TestServer server;
    server::AttachmentStore store;
    std::string alice, bob, carol;
    std::string alicePersona, bobPersona, carolPersona;
    std::string aliceToken, bobToken, carolToken;
    std::string conversationId, messageId;
};

} // namespace pli::test
