#pragma once

#include <string>
#include <string_view>

namespace pli::server {

// The Content-Disposition value that makes a client save a download under its attachment name
// (RFC 6266 with the RFC 8187 UTF-8 encoding):
//   attachment; filename="Releve ete 2015.pdf"; filename*=UTF-8''Relev%C3%A9%20%C3%A9t%C3%A9...
// The quoted `filename` is a plain-ASCII fallback for old clients; `filename*` is the real name.
// The name is sanitised again here, so a hostile stored name cannot break out of the header.
std::string attachmentDisposition(std::string_view name);

} // namespace pli::server
