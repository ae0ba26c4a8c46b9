#pragma once

#include <httplib.h>

#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace pli::server {

// httplib also routes HEAD to the Get handlers (and sends no body).
enum class Method
{
    Get,
    Post,
    Patch,
    Delete,
    Options
};

// One endpoint of a route module: a method, a path pattern (an httplib regex whose groups land
// in req.matches) and the handler, a free function of the module given the module's state (the
// ServerContext, or a small struct of the module that holds it). A handler that reads the body
// itself, or must leave it unread, takes httplib's ContentReader as well.
template<class State> struct Route
{
    using Handler = void (*)(State &, const httplib::Request &, httplib::Response &);
    using ReaderHandler = void (*)(State &, const httplib::Request &, httplib::Response &,
                                   const httplib::ContentReader &);

    Route(Method m, std::string p, Handler h)
        : method(m)
        , pattern(std::move(p))
        , handler(h)
    {}
    Route(Method m, std::string p, ReaderHandler h)
        : method(m)
        , pattern(std::move(p))
        , readerHandler(h)
    {}

    Method method;
    std::string pattern;
    Handler handler = nullptr;
    ReaderHandler readerHandler = nullptr;
};

// Every route registered on a server, as "METHOD pattern" in the order of registration
// ("GET /api/v1/conversations/([^/]+)"): the authorisation matrix test holds each one to a line
// of its matrix and to docs/openapi.yaml. forgetRoutes() when the server goes.
std::vector<std::string> registeredRoutes(const httplib::Server &server);
void forgetRoutes(const httplib::Server &server);

namespace detail {
void recordRoute(const httplib::Server &server, Method method, const std::string &pattern);

template<class State>
void installRoutes(httplib::Server &server, State *state, const std::shared_ptr<State> &owner,
                   std::initializer_list<Route<State>> routes)
{
    for (const auto &route : routes) {
        recordRoute(server, route.method, route.pattern);
        if (route.readerHandler) {
            const httplib::Server::HandlerWithContentReader handle =
                [state, owner, f = route.readerHandler](
                    const httplib::Request &req, httplib::Response &res,
                    const httplib::ContentReader &reader) { f(*state, req, res, reader); };
            if (route.method == Method::Post)
                server.Post(route.pattern, handle);
            else if (route.method == Method::Patch)
                server.Patch(route.pattern, handle);
            else if (route.method == Method::Delete)
                server.Delete(route.pattern, handle);
            else
                throw std::logic_error("a body reader needs POST, PATCH or DELETE");
            continue;
        }
        const httplib::Server::Handler handle =
            [state, owner, f = route.handler](const httplib::Request &req, httplib::Response &res) {
                f(*state, req, res);
            };
        switch (route.method) {
        case Method::Get:
            server.Get(route.pattern, handle);
            break;
        case Method::Post:
            server.Post(route.pattern, handle);
            break;
        case Method::Patch:
            server.Patch(route.pattern, handle);
            break;
        case Method::Delete:
            server.Delete(route.pattern, handle);
            break;
        case Method::Options:
            server.Options(route.pattern, handle);
            break;
        }
    }
}
} // namespace detail

// Registers a module's routes; `state` outlives the server (the ServerContext does).
template<class State>
void installRoutes(httplib::Server &server, State &state,
                   std::type_identity_t<std::initializer_list<Route<State>>> routes)
{
    detail::installRoutes(server, &state, std::shared_ptr<State>(), routes);
}

// The same for a module's own state, which the routes keep alive as long as the server.
template<class State>
void installRoutes(httplib::Server &server, std::shared_ptr<State> state,
                   std::type_identity_t<std::initializer_list<Route<State>>> routes)
{
    detail::installRoutes(server, state.get(), state, routes);
}

} // namespace pli::server
