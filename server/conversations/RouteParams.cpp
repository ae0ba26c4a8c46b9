#include "RouteParams.h"

#include "ApiError.h"
#include "HttpJson.h"

namespace pli::server {

std::string choiceParam(const httplib::Request &req, const std::string &name,
                        std::initializer_list<const char *> allowed, const std::string &fallback)
{
    const auto value = queryParam(req, name);
    if (!value || value->empty())
        return fallback;
    std::string list;
    for (const char *word : allowed) {
        if (*value == word)
            return *value;
        list += list.empty() ? word : std::string(", ") + word;
    }
    throw ApiError(400, "invalid_request",
                   "The parameter \"" + name + "\" must be one of: " + list + ".",
                   {{"field", name}});
}

} // namespace pli::server
