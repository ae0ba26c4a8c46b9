#pragma once

#include <initializer_list>
#include <string>

namespace httplib {
struct Request;
}

namespace pli::server {

// A query parameter that must be one of a few words (sort keys, orders); the fallback when
// absent or empty. Throws ApiError 400 naming the parameter and the allowed words otherwise.
std::string choiceParam(const httplib::Request &req, const std::string &name,
                        std::initializer_list<const char *> allowed, const std::string &fallback);

} // namespace pli::server
