#include "ContactRecords.h"

#include "Database.h"

namespace pli::server {

nlohmann::json ContactRecords::list(Database &db, const std::string &userId)
{
    auto st = db.query("SELECT id, email, display_name FROM contacts WHERE user_id = ? "
                       "ORDER BY display_name COLLATE NOCASE, email COLLATE NOCASE, id",
                       userId);
    nlohmann::json items = nlohmann::json::array();
    while (st.next())
        items.push_back({{"id", st.text(0)}, {"email", st.text(1)}, {"display_name", st.text(2)}});
    return items;
}

bool ContactRecords::exists(Database &db, const std::string &userId, const std::string &email)
{
    return db.query("SELECT 1 FROM contacts WHERE user_id = ? AND email = ?", userId, email).next();
}

void ContactRecords::insert(Database &db, const std::string &id, const std::string &userId,
                            const std::string &email, const std::string &displayName,
                            std::int64_t createdAt)
{
    db.execute("INSERT INTO contacts(id, user_id, email, display_name, created_at) "
               "VALUES (?, ?, ?, ?, ?)",
               id, userId, email, displayName, createdAt);
}

bool ContactRecords::remove(Database &db, const std::string &userId, const std::string &contactId)
{
    return db.execute("DELETE FROM contacts WHERE id = ? AND user_id = ?", contactId, userId) > 0;
}

} // namespace pli::server
