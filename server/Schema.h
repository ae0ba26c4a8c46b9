#pragma once

#include <string>
#include <vector>

namespace pli::server {

// The ordered list of schema migrations; migration N brings PRAGMA user_version to N.
// Never edit a released migration: append a new one.
const std::vector<std::string> &schemaMigrations();

} // namespace pli::server
