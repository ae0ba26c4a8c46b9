#include "RouteTable.h"

#include <map>
#include <mutex>

namespace pli::server {

namespace {
// Per server instance: httplib keeps its handlers to itself.
std::mutex g_mutex;
std::map<const httplib::Server *, std::vector<std::string>> g_routes;

const char *nameOf(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Options:
        return "OPTIONS";
    }
    return "?";
}
} // namespace

void detail::recordRoute(const httplib::Server &server, Method method, const std::string &pattern)
{
    std::lock_guard guard(g_mutex);
    g_routes[&server].push_back(std::string(nameOf(method)) + " " + pattern);
}

std::vector<std::string> registeredRoutes(const httplib::Server &server)
{
    std::lock_guard guard(g_mutex);
    const auto it = g_routes.find(&server);
    return it == g_routes.end() ? std::vector<std::string>() : it->second;
}

void forgetRoutes(const httplib::Server &server)
{
    std::lock_guard guard(g_mutex);
    g_routes.erase(&server);
}

} // namespace pli::server
