#pragma once

// Reading the e-mails of the outbox in tests: the Subject header decoded (RFC 2047 encoded
// words, which French subjects use) and the body. Header-only.

#include "Crypto.h"

#include <regex>
#include <string>

namespace pli::test {

inline std::string mailSubject(const std::string &mail)
{
    const auto start = mail.find("\r\nSubject: ");
    if (start == std::string::npos)
        return {};
    std::string header;
    // The header with its folded lines ("\r\n " continues it).
    for (size_t at = start + 11;;) {
        const auto end = mail.find("\r\n", at);
        header += mail.substr(at, end - at);
        if (end == std::string::npos || mail.compare(end + 2, 1, " ") != 0)
            break;
        at = end + 3;
    }
    static const std::regex word(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)");
    std::string decoded;
    std::smatch match;
    std::string rest = header;
    bool encoded = false;
    while (std::regex_search(rest, match, word)) {
        std::string text;
        server::crypto::base64Decode(match[1].str(), text);
        decoded += text;
        rest = match.suffix();
        encoded = true;
    }
    return encoded ? decoded : header;
}

inline std::string mailBody(const std::string &mail)
{
    const auto end = mail.find("\r\n\r\n");
    return end == std::string::npos ? std::string() : mail.substr(end + 4);
}

} // namespace pli::test
