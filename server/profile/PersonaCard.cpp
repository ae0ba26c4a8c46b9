#include "PersonaCard.h"

#include "Database.h"

namespace pli::server {

nlohmann::json PersonaCard::person() const
{
    return {{"email", email}, {"display_name", displayName}, {"organization", organization}};
}

nlohmann::json PersonaCard::actor() const
{
    return {{"email", email}, {"display_name", displayName}};
}

PersonaCard PersonaCard::fromRow(const Statement &row, int c)
{
    PersonaCard card;
    card.id = row.text(c);
    card.userId = row.text(c + 1);
    card.email = row.text(c + 2);
    card.displayName = row.text(c + 3);
    card.organization = row.text(c + 4);
    card.userActive = row.integer(c + 5) != 0;
    card.verified = row.integer(c + 6) != 0;
    return card;
}

std::optional<PersonaCard> PersonaCard::byId(Database &db, const std::string &personaId)
{
    auto st = db.query(std::string("SELECT ") + columns +
                           " FROM personas p JOIN users u ON u.id = p.user_id WHERE p.id = ?",
                       personaId);
    if (!st.next())
        return std::nullopt;
    return fromRow(st);
}

std::optional<PersonaCard> PersonaCard::byEmail(Database &db, const std::string &email)
{
    auto st = db.query(std::string("SELECT ") + columns +
                           " FROM personas p JOIN users u ON u.id = p.user_id "
                           "WHERE p.email = ? AND p.verified = 1",
                       email);
    if (!st.next())
        return std::nullopt;
    return fromRow(st);
}

std::optional<PersonaCard> PersonaCard::ownedBy(Database &db, const std::string &personaId,
                                                const std::string &userId)
{
    auto card = byId(db, personaId);
    if (!card || card->userId != userId)
        return std::nullopt;
    return card;
}

} // namespace pli::server
