#include "ContactBook.h"

#include "ApiError.h"
#include "Clock.h"
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
    auto st = m_db.query("SELECT id, email, display_name FROM contacts WHERE user_id = ? "
                         "ORDER BY display_name COLLATE NOCASE, email COLLATE NOCASE, id",
                         m_userId);
    nlohmann::json items = nlohmann::json::array();
    while (st.next())
        items.push_back({{"id", st.text(0)}, {"email", st.text(1)}, {"display_name", st.text(2)}});
    return items;
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
        auto st =
            m_db.query("SELECT 1 FROM contacts WHERE user_id = ? AND email = ?", m_userId, email);
        if (st.next())
            throw ApiError(409, "contact_exists", "This address is already in the address book.");
        m_db.execute("INSERT INTO contacts(id, user_id, email, display_name, created_at) "
                     "VALUES (?, ?, ?, ?, ?)",
                     id, m_userId, email, name, nowSeconds());
    });
    return {{"id", id}, {"email", email}, {"display_name", name}};
}

bool ContactBook::remove(const std::string &contactId)
{
    auto guard = m_db.lock();
    return m_db.execute("DELETE FROM contacts WHERE id = ? AND user_id = ?", contactId, m_userId) >
           0;
}

} // namespace pli::server
