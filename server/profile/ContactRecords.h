#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pli::server {

class Database;

// The `contacts` table: each user's address book. Caller holds the database lock.
class ContactRecords
{
public:
    // [{"id","email","display_name"}] sorted by display name, then e-mail.
    static nlohmann::json list(Database &db, const std::string &userId);
    static bool exists(Database &db, const std::string &userId, const std::string &email);
    static void insert(Database &db, const std::string &id, const std::string &userId,
                       const std::string &email, const std::string &displayName,
                       std::int64_t createdAt);
    // False when the contact does not exist or is someone else's.
    static bool remove(Database &db, const std::string &userId, const std::string &contactId);
};

} // namespace pli::server
