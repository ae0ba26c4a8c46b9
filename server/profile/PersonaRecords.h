#pragma once

#include "PersonaCard.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

class Database;
class Statement;

// A persona to insert.
struct NewPersona
{
    std::string id;
    std::string userId;
    std::string email;
    std::string displayName; // empty: the user's name is shown
    bool verified = false;
    std::int64_t createdAt = 0;
};

// Where a claimed address stands: verified, or waiting for the e-mailed code.
struct PersonaVerification
{
    std::string id;
    bool verified = false;
    std::optional<std::string> codeHash;
    std::optional<std::int64_t> expiresAt; // of the code
    std::int64_t attempts = 0;             // wrong codes at this code
    // The current 24 hours of attempts (from the first code or wrong code after the last ones).
    std::int64_t dayStart = 0;
    std::int64_t dayFailures = 0; // wrong codes in them, whatever code they were for
    std::int64_t dayCodes = 0;    // codes mailed in them
};

// The `personas` table, and personas read as PersonaCards by every module. Caller holds the
// database lock.
class PersonaRecords
{
public:
    // The columns to select (persona alias p, user alias u) for cardFromRow().
    static constexpr std::string_view cardColumns =
        "p.id, p.user_id, p.email, COALESCE(NULLIF(p.display_name, ''), u.display_name), "
        "u.organization, u.active, p.verified";
    static PersonaCard cardFromRow(const Statement &row, int firstColumn = 0);

    static std::optional<PersonaCard> card(Database &db, const std::string &personaId);
    // Verified personas only: an unverified claim is nobody's address yet.
    static std::optional<PersonaCard> cardByEmail(Database &db, const std::string &email);
    // The persona when it belongs to userId, else nullopt (the caller answers 404).
    static std::optional<PersonaCard> ownedCard(Database &db, const std::string &personaId,
                                                const std::string &userId);
    // The user's personas, oldest first (the profile's own address leads).
    static std::vector<PersonaCard> cardsOf(Database &db, const std::string &userId);
    // The user a persona belongs to, empty when there is none.
    static std::string userOf(Database &db, const std::string &personaId);

    static bool verifiedEmailTaken(Database &db, std::string_view email);
    static void insert(Database &db, const NewPersona &persona);
    static std::int64_t countOf(Database &db, const std::string &userId);

    // The user's claim of an address, verified or not.
    static std::optional<PersonaVerification> claim(Database &db, const std::string &userId,
                                                    const std::string &email);
    static std::optional<PersonaVerification>
    verification(Database &db, const std::string &personaId, const std::string &userId);
    // A new code, counted in the day: the previous code dies, its wrong attempts stay in the day.
    static void setVerifyCode(Database &db, const std::string &personaId,
                              const std::string &codeHash, std::int64_t expiresAt);
    // Counts a wrong code against the code and against the day.
    static void countWrongCode(Database &db, const std::string &personaId);
    // Starts another 24 hours of attempts at `at`, with none counted yet.
    static void startVerifyDay(Database &db, const std::string &personaId, std::int64_t at);
    // Another persona, of any profile, has verified the same address.
    static bool verifiedElsewhere(Database &db, const std::string &personaId);
    static void markVerified(Database &db, const std::string &personaId);
    static void remove(Database &db, const std::string &personaId);
};

} // namespace pli::server
