#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// The signed-in user's profile and personas (one tab per persona in the client, with its
// unread bubble). Caller holds the database lock.
class ProfileQueries
{
public:
    // {"id","username","display_name","role","personas":[...]} (personas as below); null when
    // the user does not exist.
    static nlohmann::json me(Database &db, const std::string &userId, std::int64_t now);

    // [{"id","email","display_name","verified","unread_count","conversation_count"}], oldest
    // first (the profile's own address leads).
    static nlohmann::json personas(Database &db, const std::string &userId, std::int64_t now);
};

} // namespace pli::server
