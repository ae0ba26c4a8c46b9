#include "TestHttp.h"

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

} // namespace pli::test
