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
// Sends `request` as it is on a new loopback connection to `port` and returns what the server
// writes back: one whole answer (by its Content-Length), or all until it closes the connection
// or `timeoutSeconds` pass. For requests no well-behaved client would send, such as headers
// announcing a body that never comes.
std::string rawExchange(int port, const std::string &request, int timeoutSeconds = 10);

} // namespace pli::test
