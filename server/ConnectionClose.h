#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace pli::server {

// cpp-httplib 0.11.4 keeps a connection open whatever "Connection: close" a handler sets, and
// parses the bytes of a body that no route read as the client's next request (request
// smuggling behind a proxy that shares connections). An answer marked here is written whole and
// the connection is then really closed, the unread bytes with it.
void closeAfterAnswer(httplib::Response &res);

// The server's post-routing handler: turns a marked answer into one whose writing ends the
// connection (the body goes out through a content provider that then reports failure, which is
// the only way a handler can make httplib close). Called by httplib just before the answer is
// written, HEAD answers included.
void applyCloseAfterAnswer(const httplib::Request &req, httplib::Response &res);

} // namespace pli::server
