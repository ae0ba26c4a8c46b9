#include "HttpJson.h"

#include "ApiError.h"

#include <httplib.h>

#include <charconv>

namespace pli::server {

namespace {
std::string titleFor(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 460:
        return "Checksum Mismatch";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
}
} // namespace

void sendJson(httplib::Response &res, int status, const nlohmann::json &body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

void sendProblem(httplib::Response &res, const ApiError &error)
{
    nlohmann::json body = nlohmann::json::object();
    if (error.extra.is_object())
        body = error.extra;
    body["type"] = "https://pli.invalid/problems/" + error.code;
    body["title"] = titleFor(error.status);
    body["status"] = error.status;
    body["code"] = error.code;
    if (!error.detail.empty())
        body["detail"] = error.detail;
    res.status = error.status;
    if (!error.retryAfter.empty())
        res.set_header("Retry-After", error.retryAfter);
    res.set_content(body.dump(), "application/problem+json");
}

void sendProblem(httplib::Response &res, int status, std::string_view code, std::string_view detail)
{
    sendProblem(res, ApiError(status, std::string(code), std::string(detail)));
}

nlohmann::json readJsonObject(const httplib::Request &req)
{
    const std::string type = req.get_header_value("Content-Type");
    if (!type.empty() && type.rfind("application/json", 0) != 0)
        throw ApiError(415, "unsupported_media_type", "The body must be application/json.");
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded() || !body.is_object())
        throw ApiError(400, "invalid_json", "The body is not a JSON object.");
    return body;
}

std::string requireString(const nlohmann::json &object, std::string_view field)
{
    const auto it = object.find(field);
    if (it == object.end() || !it->is_string())
        throw ApiError(400, "invalid_request",
                       "The field \"" + std::string(field) + "\" must be a string.",
                       {{"field", std::string(field)}});
    return it->get<std::string>();
}

std::optional<std::string> optionalString(const nlohmann::json &object, std::string_view field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        throw ApiError(400, "invalid_request",
                       "The field \"" + std::string(field) + "\" must be a string.",
                       {{"field", std::string(field)}});
    return it->get<std::string>();
}

std::vector<std::string> requireStringArray(const nlohmann::json &object, std::string_view field)
{
    const auto it = object.find(field);
    bool ok = it != object.end() && it->is_array();
    std::vector<std::string> out;
    if (ok) {
        for (const auto &item : *it) {
            if (!item.is_string()) {
                ok = false;
                break;
            }
            out.push_back(item.get<std::string>());
        }
    }
    if (!ok)
        throw ApiError(400, "invalid_request",
                       "The field \"" + std::string(field) + "\" must be an array of strings.",
                       {{"field", std::string(field)}});
    return out;
}

std::vector<std::string> optionalStringArray(const nlohmann::json &object, std::string_view field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return {};
    return requireStringArray(object, field);
}

std::optional<std::string> queryParam(const httplib::Request &req, const std::string &name)
{
    if (!req.has_param(name.c_str()))
        return std::nullopt;
    return req.get_param_value(name.c_str());
}

long long queryInt(const httplib::Request &req, const std::string &name, long long fallback,
                   long long min, long long max)
{
    const auto raw = queryParam(req, name);
    if (!raw || raw->empty())
        return fallback;
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
    if (ec != std::errc() || ptr != raw->data() + raw->size() || value < min || value > max)
        throw ApiError(400, "invalid_request",
                       "The parameter \"" + name + "\" must be a whole number from " +
                           std::to_string(min) + " to " + std::to_string(max) + ".",
                       {{"field", name}});
    return value;
}

} // namespace pli::server
