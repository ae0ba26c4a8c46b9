#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

class Database;

// A user's address book: the people they write to, by e-mail and name, checked before they are
// stored (ContactRecords). Each call takes the database lock itself.
class ContactBook
{
public:
    ContactBook(Database &db, std::string userId);

    // [{"id","email","display_name"}] sorted by display name, then e-mail.
    nlohmann::json list();
    // Returns the new contact. Throws ApiError 400 (bad address or name), 409 contact_exists.
    nlohmann::json add(const std::string &email, const std::string &displayName);
    // False when the contact does not exist or is someone else's.
    bool remove(const std::string &contactId);

private:
    Database &m_db;
    std::string m_userId;
};

} // namespace pli::server
