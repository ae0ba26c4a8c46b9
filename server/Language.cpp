#include "Language.h"

#include "EmailAddress.h"
#include "ServerConfig.h"

#include <algorithm>
#include <cstdlib>

namespace pli::server {

namespace {

// The weight of one "tag;q=0.8" entry: 1 without q, 0 when unreadable (not acceptable).
double weightOf(std::string_view parameters)
{
    const auto q = parameters.find("q=");
    if (q == std::string_view::npos)
        return 1.0;
    const std::string value(trimmed(parameters.substr(q + 2)));
    char *end = nullptr;
    const double weight = std::strtod(value.c_str(), &end);
    if (end == value.c_str() || weight < 0 || weight > 1)
        return 0.0;
    return weight;
}
} // namespace

bool isSupportedLanguage(std::string_view code)
{
    return code == "en" || code == "fr";
}

std::optional<std::string> preferredLanguage(std::string_view acceptLanguage)
{
    std::optional<std::string> best;
    double bestWeight = 0.0;
    while (!acceptLanguage.empty()) {
        const auto comma = acceptLanguage.find(',');
        const std::string_view item = acceptLanguage.substr(0, comma);
        acceptLanguage =
            comma == std::string_view::npos ? std::string_view() : acceptLanguage.substr(comma + 1);
        const auto semicolon = item.find(';');
        const std::string tag = lowered(trimmed(item.substr(0, semicolon)));
        const std::string primary = tag.substr(0, tag.find('-'));
        const double weight =
            semicolon == std::string_view::npos ? 1.0 : weightOf(item.substr(semicolon + 1));
        if (isSupportedLanguage(primary) && weight > bestWeight) {
            best = primary;
            bestWeight = weight;
        }
    }
    return best;
}

std::string mailLanguageOf(const std::optional<std::string> &userLanguage,
                           const ServerConfig &config)
{
    if (userLanguage && isSupportedLanguage(*userLanguage))
        return *userLanguage;
    return isSupportedLanguage(config.defaultLanguage) ? config.defaultLanguage : "en";
}

} // namespace pli::server
