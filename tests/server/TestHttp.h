#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

namespace pli::test {

// Short helpers for JSON calls in tests.
httplib::Headers bearer(const std::string &token);
nlohmann::json jsonOf(const httplib::Result &result); // parsed body (null when not JSON)
httplib::Result postJson(httplib::Client &client, const std::string &path,
                         const nlohmann::json &body, const std::string &token = {});
httplib::Result getWith(httplib::Client &client, const std::string &path,
                        const std::string &token = {});

} // namespace pli::test
