#include "EmailAddress.h"

#include <algorithm>
#include <cctype>

namespace pli::server {

namespace {
bool isAtomCharacter(unsigned char c)
{
    if (c >= 0x80) // internationalised addresses (RFC 6531)
        return true;
    if (std::isalnum(c))
        return true;
    return std::string_view("!#$%&'*+/=?^_`{|}~.-").find(static_cast<char>(c)) !=
           std::string_view::npos;
}

bool isValidDomain(std::string_view domain)
{
    if (domain.empty() || domain.size() > 253 || domain.find('.') == std::string_view::npos)
        return false;
    size_t start = 0;
    while (start <= domain.size()) {
        const size_t dot = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (const char ch : label) {
            const auto c = static_cast<unsigned char>(ch);
            if (!(c >= 0x80 || std::isalnum(c) || c == '-'))
                return false;
        }
        start = dot + 1;
    }
    return true;
}
} // namespace

bool isValidEmailAddress(std::string_view address)
{
    if (address.size() < 3 || address.size() > 254)
        return false;
    const size_t at = address.rfind('@');
    if (at == std::string_view::npos || address.find('@') != at)
        return false;
    const std::string_view local = address.substr(0, at);
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
        local.find("..") != std::string_view::npos)
        return false;
    if (!std::all_of(local.begin(), local.end(),
                     [](char c) { return isAtomCharacter(static_cast<unsigned char>(c)); }))
        return false;
    return isValidDomain(address.substr(at + 1));
}

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::size_t characterCount(std::string_view utf8)
{
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool hasControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

} // namespace pli::server
