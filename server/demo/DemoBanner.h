#pragma once

#include <string>

namespace pli::server {

// What `pli-server --demo` prints at start: the demo sign-ins and how to get the second factor.
std::string demoBanner();

} // namespace pli::server
