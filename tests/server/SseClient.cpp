#include "SseClient.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace pli::test {

SseClient::SseClient(int port, const std::string &token, const std::string &lastEventId)
{
    m_fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        throw std::runtime_error("cannot connect");
    std::string request = "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Accept: text/event-stream\r\n";
    if (!token.empty())
        request += "Authorization: Bearer " + token + "\r\n";
    if (!lastEventId.empty())
        request += "Last-Event-ID: " + lastEventId + "\r\n";
    request += "\r\n";
    if (send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size()))
        throw std::runtime_error("cannot send");
}

SseClient::~SseClient()
{
    close();
}

void SseClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

int SseClient::status(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_headersDone && receive(deadline)) {
    }
    return m_status;
}

std::optional<SseEvent> SseClient::next(const std::string &type, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        while (!m_events.empty()) {
            SseEvent event = m_events.front();
            m_events.erase(m_events.begin());
            if (event.type == type)
                return event;
        }
        if (!receive(deadline))
            return std::nullopt;
    }
}

std::vector<SseEvent> SseClient::collect(std::chrono::milliseconds during)
{
    const auto deadline = std::chrono::steady_clock::now() + during;
    while (receive(deadline)) {
    }
    auto events = std::move(m_events);
    m_events.clear();
    return events;
}

bool SseClient::ended(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_ended && receive(deadline)) {
    }
    return m_ended;
}

const std::string &SseClient::body(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_headersDone && receive(deadline)) {
    }
    const auto at = m_headers.find("\r\nContent-Length: ");
    if (m_chunked || at == std::string::npos)
        return m_body;
    const size_t length = std::stoul(m_headers.substr(at + 18));
    while (m_body.size() < length && receive(deadline)) {
    }
    return m_body;
}

bool SseClient::receive(std::chrono::steady_clock::time_point deadline)
{
    if (m_ended || m_fd < 0)
        return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
        return false;
    pollfd pfd{m_fd, POLLIN, 0};
    if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0)
        return false;
    char buffer[8192];
    const ssize_t n = recv(m_fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
        m_ended = true;
        return false;
    }
    m_raw.append(buffer, static_cast<size_t>(n));
    parse();
    return true;
}

void SseClient::parse()
{
    if (!m_headersDone) {
        const auto end = m_raw.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        m_headers = m_raw.substr(0, end);
        m_status = std::stoi(m_headers.substr(9, 3));
        m_raw.erase(0, end + 4);
        m_headersDone = true;
        m_chunked = m_headers.find("chunked") != std::string::npos;
    }
    if (!m_chunked) {
        m_body += m_raw;
        m_raw.clear();
    }
    while (m_chunked && !m_ended) {
        const auto line = m_raw.find("\r\n");
        if (line == std::string::npos)
            break;
        const size_t size = std::stoul(m_raw.substr(0, line), nullptr, 16);
        if (size == 0) {
            m_ended = true;
            break;
        }
        if (m_raw.size() < line + 2 + size + 2)
            break;
        m_body += m_raw.substr(line + 2, size);
        m_raw.erase(0, line + 2 + size + 2);
    }
    size_t block;
    while ((block = m_body.find("\n\n", m_parsed)) != std::string::npos) {
        SseEvent event;
        std::string text = m_body.substr(m_parsed, block - m_parsed);
        m_parsed = block + 2;
        size_t start = 0;
        while (start <= text.size()) {
            const size_t nl = std::min(text.find('\n', start), text.size());
            const std::string field = text.substr(start, nl - start);
            if (field.rfind("id: ", 0) == 0)
                event.id = std::stoll(field.substr(4));
            else if (field.rfind("event: ", 0) == 0)
                event.type = field.substr(7);
            else if (field.rfind("data: ", 0) == 0)
                event.data = nlohmann::json::parse(field.substr(6));
            else if (field.rfind(':', 0) == 0)
                ++m_comments;
            start = nl + 1;
        }
        if (!event.type.empty())
            m_events.push_back(event);
    }
}

} // namespace pli::test
