#include "ContactBook.h"

#include "ApiError.h"
#include "Clock.h"
#include "ContactRecords.h"
#include "Crypto.h"
#include "Database.h"
#include "EmailAddress.h"

namespace pli::server {

ContactBook::ContactBook(Database &db, std::string userId)
    : m_db(db)
    , m_userId(std::move(userId))
{}

nlohmann::json ContactBook::list()
{
    auto guard = m_db.lock();
    return ContactRecords::list(m_db, m_userId);
}

nlohmann::json ContactBook::add(const std::string &rawEmail, const std::string &rawName)
{
    const std::string email = trimmed(rawEmail);
    const std::string name = trimmed(rawName);
    if (!isValidEmailAddress(email))
        throw ApiError(400, "invalid_request", "The e-mail address is not valid.",
                       {{"field", "email"}});
    if (characterCount(name) > 200 || hasControlCharacter(name))
        throw ApiError(400, "invalid_request", "The display name is not valid.",
                       {{"field", "display_name"}});
    const std::string id = crypto::randomId("k_");
    m_db.transaction([&] {
        if (ContactRecords::exists(m_db, m_userId, email))
            throw ApiError(409, "contact_exists", "This address is already in the address book.");
        ContactRecords::insert(m_db, id, m_userId, email, name, nowSeconds());
    });
    return {{"id", id}, {"email", email}, {"display_name", name}};
}

bool ContactBook::remove(const std::string &contactId)
{
    auto guard = m_db.lock();
    return ContactRecords::remove(m_db, m_userId, contactId);
}

} // namespace pli::server
