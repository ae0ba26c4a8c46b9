#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

struct ServerConfig;

// The languages of the server's e-mails and pages: "en" and "fr" (the participants of the seeds
// write French or English).
bool isSupportedLanguage(std::string_view code);

// The supported language an Accept-Language header prefers (RFC 9110: the highest q wins, the
// first of equals; "fr-CA" counts as "fr"); nullopt when it names none of them.
std::optional<std::string> preferredLanguage(std::string_view acceptLanguage);

// The language of a user's e-mails: theirs, else the server's default.
std::string mailLanguageOf(const std::optional<std::string> &userLanguage,
                           const ServerConfig &config);

} // namespace pli::server
