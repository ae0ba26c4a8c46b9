#pragma once

#include <httplib.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace pli::server {

// What happens to a request's body, decided from the request line and headers alone, before
// cpp-httplib reads a byte of it (it reads the body of any POST, PUT or PATCH before routing,
// until the client closes when no length is given, and parses what a route left unread as the
// next request).
struct BodyVerdict
{
    enum class Action
    {
        Read,        // the route reads it (at most 1 MiB, or a tus chunk read by its handler)
        LeaveUnread, // the route reads no body: answer, then close the connection
        Refuse,      // answer `status`/`code` without reading, then close the connection
    };
    Action action = Action::Read;
    int status = 0;
    std::string code;
    std::string detail;
};

// The rules, route by route:
//   - PATCH /api/v1/uploads/{id} (a tus chunk): a Content-Length or "Transfer-Encoding:
//     chunked"; its handler enforces the 64 MiB limit while reading.
//   - GET, HEAD and OPTIONS, POST /api/v1/uploads and DELETE /api/v1/uploads/{id} read no
//     body: one sent anyway is left unread (LeaveUnread).
//   - Every other request: no Transfer-Encoding (411), a Content-Length when the method carries
//     a body (POST, PUT, PATCH: 411), at most maxBody bytes (413).
//   - Everywhere: at most one Content-Length, made of digits only (400).
BodyVerdict judgeRequestBody(std::string_view method, std::string_view path,
                             const httplib::Headers &headers, std::size_t maxBody);

} // namespace pli::server
