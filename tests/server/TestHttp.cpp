#include "TestHttp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pli::test {

httplib::Headers bearer(const std::string &token)
{
    if (token.empty())
        return {};
    return {{"Authorization", "Bearer " + token}};
}

nlohmann::json jsonOf(const httplib::Result &result)
{
    if (!result)
        return nullptr;
    return nlohmann::json::parse(result->body, nullptr, false);
}

httplib::Result postJson(httplib::Client &client, const std::string &path,
                         const nlohmann::json &body, const std::string &token)
{
    return client.Post(path.c_str(), bearer(token), body.dump(), "application/json");
}

httplib::Result getWith(httplib::Client &client, const std::string &path, const std::string &token)
{
    return client.Get(path.c_str(), bearer(token));
}

std::string rawExchange(int port, const std::string &request, int timeoutSeconds)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string response;
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(request.size())) {
        pollfd readable{fd, POLLIN, 0};
        char buffer[4096];
        while (poll(&readable, 1, timeoutSeconds * 1000) > 0) {
            const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            response.append(buffer, static_cast<size_t>(n));
            // One whole answer is enough (the server may keep the connection open).
            const auto headersEnd = response.find("\r\n\r\n");
            const auto length = response.find("Content-Length: ");
            if (headersEnd != std::string::npos && length != std::string::npos &&
                length < headersEnd &&
                response.size() >= headersEnd + 4 + std::stoul(response.substr(length + 16)))
                break;
        }
    }
    close(fd);
    return response;
}

} // namespace pli::test
