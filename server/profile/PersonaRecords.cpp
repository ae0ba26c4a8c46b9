#include "PersonaRecords.h"

#include "Concat.h"
#include "Database.h"

namespace pli::server {

namespace {
std::optional<PersonaCard> oneCard(Statement st)
{
    if (!st.next())
        return std::nullopt;
    return PersonaRecords::cardFromRow(st);
}

std::optional<PersonaVerification> oneVerification(Statement st)
{
    if (!st.next())
        return std::nullopt;
    return PersonaVerification{
        st.text(0),    st.integer(1) != 0, st.optionalText(2), st.optionalInteger(3),
        st.integer(4), st.integer(5),      st.integer(6),      st.integer(7)};
}

constexpr std::string_view kFromCards = " FROM personas p JOIN users u ON u.id = p.user_id ";
constexpr std::string_view kSelectVerification =
    "SELECT id, verified, verify_code_hash, verify_expires_at, verify_attempts, "
    "verify_day_start, verify_day_failures, verify_day_codes FROM personas ";
} // namespace

PersonaCard PersonaRecords::cardFromRow(const Statement &row, int c)
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

std::optional<PersonaCard> PersonaRecords::card(Database &db, const std::string &personaId)
{
    return oneCard(
        db.query(concat({"SELECT ", cardColumns, kFromCards, "WHERE p.id = ?"}), personaId));
}

std::optional<PersonaCard> PersonaRecords::cardByEmail(Database &db, const std::string &email)
{
    return oneCard(db.query(
        concat({"SELECT ", cardColumns, kFromCards, "WHERE p.email = ? AND p.verified = 1"}),
        email));
}

std::optional<PersonaCard> PersonaRecords::ownedCard(Database &db, const std::string &personaId,
                                                     const std::string &userId)
{
    auto found = card(db, personaId);
    if (!found || found->userId != userId)
        return std::nullopt;
    return found;
}

std::vector<PersonaCard> PersonaRecords::cardsOf(Database &db, const std::string &userId)
{
    auto st = db.query(concat({"SELECT ", cardColumns, kFromCards,
                               "WHERE p.user_id = ? ORDER BY p.created_at, p.rowid"}),
                       userId);
    std::vector<PersonaCard> cards;
    while (st.next())
        cards.push_back(cardFromRow(st));
    return cards;
}

std::string PersonaRecords::userOf(Database &db, const std::string &personaId)
{
    auto st = db.query("SELECT user_id FROM personas WHERE id = ?", personaId);
    return st.next() ? st.text(0) : std::string();
}

bool PersonaRecords::verifiedEmailTaken(Database &db, std::string_view email)
{
    return db.query("SELECT 1 FROM personas WHERE email = ? AND verified = 1", email).next();
}

void PersonaRecords::insert(Database &db, const NewPersona &persona)
{
    db.execute("INSERT INTO personas(id, user_id, email, display_name, verified, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               persona.id, persona.userId, persona.email, persona.displayName, persona.verified,
               persona.createdAt);
}

std::int64_t PersonaRecords::countOf(Database &db, const std::string &userId)
{
    auto st = db.query("SELECT COUNT(*) FROM personas WHERE user_id = ?", userId);
    st.next();
    return st.integer(0);
}

std::optional<PersonaVerification> PersonaRecords::claim(Database &db, const std::string &userId,
                                                         const std::string &email)
{
    return oneVerification(
        db.query(concat({kSelectVerification, "WHERE user_id = ? AND email = ?"}), userId, email));
}

std::optional<PersonaVerification>
PersonaRecords::verification(Database &db, const std::string &personaId, const std::string &userId)
{
    return oneVerification(
        db.query(concat({kSelectVerification, "WHERE id = ? AND user_id = ?"}), personaId, userId));
}

void PersonaRecords::setVerifyCode(Database &db, const std::string &personaId,
                                   const std::string &codeHash, std::int64_t expiresAt)
{
    db.execute("UPDATE personas SET verify_code_hash = ?, verify_expires_at = ?, "
               "verify_attempts = 0, verify_day_codes = verify_day_codes + 1 WHERE id = ?",
               codeHash, expiresAt, personaId);
}

void PersonaRecords::countWrongCode(Database &db, const std::string &personaId)
{
    db.execute("UPDATE personas SET verify_attempts = verify_attempts + 1, "
               "verify_day_failures = verify_day_failures + 1 WHERE id = ?",
               personaId);
}

void PersonaRecords::startVerifyDay(Database &db, const std::string &personaId, std::int64_t at)
{
    db.execute("UPDATE personas SET verify_day_start = ?, verify_day_failures = 0, "
               "verify_day_codes = 0 WHERE id = ?",
               at, personaId);
}

bool PersonaRecords::verifiedElsewhere(Database &db, const std::string &personaId)
{
    return db
        .query("SELECT 1 FROM personas p JOIN personas q ON q.email = p.email "
               "WHERE p.id = ? AND q.verified = 1",
               personaId)
        .next();
}

void PersonaRecords::markVerified(Database &db, const std::string &personaId)
{
    db.execute("UPDATE personas SET verified = 1, verify_code_hash = NULL, "
               "verify_expires_at = NULL, verify_attempts = 0 WHERE id = ?",
               personaId);
}

void PersonaRecords::remove(Database &db, const std::string &personaId)
{
    db.execute("DELETE FROM personas WHERE id = ?", personaId);
}

} // namespace pli::server
