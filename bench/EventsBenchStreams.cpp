#include "EventsBenchStreams.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

struct Streams::Connection
{
    int fd = -1;
    std::string userId;
    std::string raw;  // bytes not decoded yet
    std::string body; // decoded body not split into events yet
    int status = 0;   // 0: no answer yet
    bool ended = false;
};

Streams::Streams(int port)
    : m_port(port)
{
    m_epoll = epoll_create1(0);
    if (pipe(m_wake) != 0)
        throw std::runtime_error("pipe");
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake[0], &event);
    m_thread = std::thread([this] { run(); });
}

Streams::~Streams()
{
    const char stop = 'x';
    [[maybe_unused]] const auto written = write(m_wake[1], &stop, 1);
    m_thread.join();
    for (auto &c : m_connections)
        close(c->fd);
    close(m_wake[0]);
    close(m_wake[1]);
    close(m_epoll);
}

void Streams::open(const std::string &userId, const std::string &token)
{
    auto connection = std::make_unique<Connection>();
    connection->userId = userId;
    connection->fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(m_port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(connection->fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        throw std::runtime_error("cannot connect");
    const std::string request = "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Accept: text/event-stream\r\nAuthorization: Bearer " +
                                token + "\r\n\r\n";
    if (send(connection->fd, request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size()))
        throw std::runtime_error("cannot send");
    fcntl(connection->fd, F_SETFL, fcntl(connection->fd, F_GETFL) | O_NONBLOCK);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = connection.get();
    std::lock_guard guard(m_mutex);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection->fd, &event);
    m_connections.push_back(std::move(connection));
}

int Streams::waitOpen(std::chrono::seconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        int answered = 0, open = 0;
        {
            std::lock_guard guard(m_mutex);
            for (const auto &c : m_connections) {
                answered += c->status != 0;
                open += c->status == 200;
            }
            if (answered == static_cast<int>(m_connections.size()) || Clock::now() > deadline)
                return open;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

int Streams::refused() const
{
    std::lock_guard guard(m_mutex);
    int refused = 0;
    for (const auto &c : m_connections)
        refused += c->status != 0 && c->status != 200;
    return refused;
}

bool Streams::expect(const std::string &conversationId, const std::string &userId,
                     Clock::time_point at)
{
    std::lock_guard guard(m_mutex);
    if (m_pending.count(conversationId))
        return false;
    int streams = 0;
    for (const auto &c : m_connections)
        streams += c->userId == userId && c->status == 200 && !c->ended;
    if (streams == 0)
        return false;
    m_pending[conversationId] = {at, streams};
    m_expected += streams;
    return true;
}

void Streams::drain(std::chrono::seconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        {
            std::lock_guard guard(m_mutex);
            if (m_pending.empty())
                return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::vector<double> Streams::delaysMs() const
{
    std::lock_guard guard(m_mutex);
    return m_delays;
}

int Streams::expected() const
{
    std::lock_guard guard(m_mutex);
    return m_expected;
}

void Streams::run()
{
    epoll_event events[256];
    for (;;) {
        const int n = epoll_wait(m_epoll, events, 256, 1000);
        for (int i = 0; i < n; ++i) {
            if (!events[i].data.ptr)
                return; // woken to stop
            std::lock_guard guard(m_mutex);
            receive(*static_cast<Connection *>(events[i].data.ptr));
        }
    }
}

// Caller holds m_mutex.
void Streams::receive(Connection &c)
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
        if (n == 0) {
            c.ended = true;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        }
        if (n <= 0)
            break;
        c.raw.append(buffer, static_cast<size_t>(n));
    }
    if (c.status == 0) {
        const auto end = c.raw.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        c.status = std::stoi(c.raw.substr(9, 3));
        c.raw.erase(0, end + 4);
    }
    // Chunked body: size line, data, CRLF.
    for (;;) {
        const auto line = c.raw.find("\r\n");
        if (line == std::string::npos)
            break;
        const size_t size = std::stoul(c.raw.substr(0, line), nullptr, 16);
        if (c.raw.size() < line + 2 + size + 2)
            break;
        c.body.append(c.raw, line + 2, size);
        c.raw.erase(0, line + 2 + size + 2);
    }
    size_t block;
    while ((block = c.body.find("\n\n")) != std::string::npos) {
        const std::string text = c.body.substr(0, block);
        c.body.erase(0, block + 2);
        std::string type, data;
        size_t start = 0;
        while (start < text.size()) {
            const size_t nl = std::min(text.find('\n', start), text.size());
            const std::string field = text.substr(start, nl - start);
            if (field.rfind("event: ", 0) == 0)
                type = field.substr(7);
            else if (field.rfind("data: ", 0) == 0)
                data = field.substr(6);
            start = nl + 1;
        }
        if (!type.empty())
            onEvent(type, data);
    }
}

// Caller holds m_mutex.
void Streams::onEvent(const std::string &type, const std::string &data)
{
    if (type != "message.created")
        return;
    const std::string conversation = nlohmann::json::parse(data).value("conversation_id", "");
    const auto pending = m_pending.find(conversation);
    if (pending == m_pending.end())
        return;
    m_delays.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - pending->second.sentAt).count());
    if (--pending->second.remaining == 0)
        m_pending.erase(pending);
}
