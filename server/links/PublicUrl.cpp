#include "PublicUrl.h"

#include "EmailAddress.h"

#include <algorithm>
#include <cctype>

namespace pli::server {

namespace {
bool isHostCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
}

bool isPathCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == '~' || c == '/';
}

bool validPort(std::string_view port)
{
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
        }))
        return false;
    const int value = std::stoi(std::string(port));
    return value >= 1 && value <= 65535;
}

// HOST[:PORT] with HOST a name, an IPv4 address or a bracketed IPv6 address.
bool validAuthority(std::string_view authority)
{
    std::string_view host = authority;
    std::string_view port;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos || close < 3)
            return false;
        const auto inside = authority.substr(1, close - 1);
        if (!std::all_of(inside.begin(), inside.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
            }))
            return false;
        const auto rest = authority.substr(close + 1);
        if (rest.empty())
            return true;
        return rest.front() == ':' && validPort(rest.substr(1));
    }
    if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
        if (!validPort(port))
            return false;
    }
    return !host.empty() && host.size() <= 253 && host.front() != '.' && host.front() != '-' &&
           std::all_of(host.begin(), host.end(), isHostCharacter);
}
} // namespace

std::optional<std::string> normalizedPublicUrl(std::string_view url)
{
    const auto separator = url.find("://");
    if (separator == std::string_view::npos)
        return std::nullopt;
    const std::string scheme = lowered(url.substr(0, separator));
    if (scheme != "http" && scheme != "https")
        return std::nullopt;
    const std::string_view rest = url.substr(separator + 3);
    const auto slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    std::string_view path =
        slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    if (!validAuthority(authority) || !std::all_of(path.begin(), path.end(), isPathCharacter) ||
        path.find("//") != std::string_view::npos)
        return std::nullopt;
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    return scheme + "://" + lowered(authority) + std::string(path);
}

} // namespace pli::server
