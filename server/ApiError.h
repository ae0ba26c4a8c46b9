#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace pli::server {

// A failure that becomes an RFC 9457 problem answer. Handlers throw it; the server's exception
// handler writes it. `code` is the stable machine word of the contract (e.g. "not_found").
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, std::string code, std::string detail = {}, nlohmann::json extra = {})
        : std::runtime_error(code)
        , status(status)
        , code(std::move(code))
        , detail(std::move(detail))
        , extra(std::move(extra))
    {}

    int status;
    std::string code;
    std::string detail;
    nlohmann::json extra;   // extra members merged into the problem object
    std::string retryAfter; // sets Retry-After when not empty (seconds)

    static ApiError notFound()
    {
        return ApiError(404, "not_found", "The resource does not exist.");
    }
    static ApiError badRequest(std::string detail)
    {
        return ApiError(400, "invalid_request", std::move(detail));
    }
};

} // namespace pli::server
