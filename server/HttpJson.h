#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace pli::server {

class ApiError;

// Writes a JSON body with the given status.
void sendJson(httplib::Response &res, int status, const nlohmann::json &body);
// Writes an RFC 9457 problem (application/problem+json).
void sendProblem(httplib::Response &res, const ApiError &error);
void sendProblem(httplib::Response &res, int status, std::string_view code,
                 std::string_view detail = {});

// Parses the request body as a JSON object; throws ApiError 400 "invalid_json" (malformed or not
// an object) or 415 "unsupported_media_type" when the Content-Type is not JSON.
nlohmann::json readJsonObject(const httplib::Request &req);

// Typed field access that throws ApiError 400 "invalid_request" naming the field when a field is
// missing or has the wrong type. Unknown fields are ignored, as the contract says.
std::string requireString(const nlohmann::json &object, std::string_view field);
std::optional<std::string> optionalString(const nlohmann::json &object, std::string_view field);
std::vector<std::string> requireStringArray(const nlohmann::json &object, std::string_view field);
std::vector<std::string> optionalStringArray(const nlohmann::json &object, std::string_view field);

// Query parameter helpers: throw ApiError 400 when present but invalid.
std::optional<std::string> queryParam(const httplib::Request &req, const std::string &name);
long long queryInt(const httplib::Request &req, const std::string &name, long long fallback,
                   long long min, long long max);

} // namespace pli::server
