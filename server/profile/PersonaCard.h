#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pli::server {

class Database;
class Statement;

// A persona as the API shows it wherever it appears as a person (owner, sender, participant,
// activity actor): its address, the name to show (the persona's own, else its user's) and the
// user's organization and state.
struct PersonaCard
{
    std::string id;
    std::string userId;
    std::string email;
    std::string displayName;
    std::string organization;
    bool userActive = true;
    bool verified = true;

    // {"email","display_name","organization"}
    nlohmann::json person() const;
    // {"email","display_name"}
    nlohmann::json actor() const;

    // The columns to select (persona alias p, user alias u) for fromRow().
    static constexpr const char *columns =
        "p.id, p.user_id, p.email, COALESCE(NULLIF(p.display_name, ''), u.display_name), "
        "u.organization, u.active, p.verified";
    static PersonaCard fromRow(const Statement &row, int firstColumn = 0);

    // Caller holds the database lock.
    static std::optional<PersonaCard> byId(Database &db, const std::string &personaId);
    // Verified personas only: an unverified claim is nobody's address yet.
    static std::optional<PersonaCard> byEmail(Database &db, const std::string &email);
    // The persona when it belongs to userId, else nullopt (the caller answers 404).
    static std::optional<PersonaCard> ownedBy(Database &db, const std::string &personaId,
                                              const std::string &userId);
};

} // namespace pli::server
