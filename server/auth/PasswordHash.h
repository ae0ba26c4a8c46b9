#pragma once

#include <string>
#include <string_view>

namespace pli::server {

// Password hashing with OpenSSL's scrypt (memory-hard). The stored form names its parameters
// ("scrypt$N$r$p$<salt b64>$<hash b64>") so that they can be raised later. Slow on purpose:
// never call while holding the database lock.
std::string hashPassword(std::string_view password);
bool verifyPassword(std::string_view password, std::string_view stored);

} // namespace pli::server
