#include "UserRecords.h"

#include "Database.h"

namespace pli::server {

namespace {
constexpr std::string_view kSelectUser =
    "SELECT id, username, display_name, email, organization, role, active, locked, "
    "password_must_change, password_hash, password_changed_at, totp_secret, totp_device_name, "
    "totp_last_step, failed_logins, created_at, second_factor, passwordless, language, "
    "email_code_sent_at FROM users ";

UserRecord readUser(const Statement &st)
{
    UserRecord user;
    user.id = st.text(0);
    user.username = st.text(1);
    user.displayName = st.text(2);
    user.email = st.text(3);
    user.organization = st.text(4);
    user.role = st.text(5);
    user.active = st.integer(6) != 0;
    user.locked = st.integer(7) != 0;
    user.passwordMustChange = st.integer(8) != 0;
    user.passwordHash = st.optionalText(9);
    user.passwordChangedAt = st.integer(10);
    user.totpSecret = st.optionalText(11);
    user.totpDeviceName = st.optionalText(12);
    user.totpLastStep = st.integer(13);
    user.failedLogins = static_cast<int>(st.integer(14));
    user.createdAt = st.integer(15);
    user.secondFactor =
        st.text(16) == "email" ? SecondFactorMethod::Email : SecondFactorMethod::Totp;
    user.passwordless = st.integer(17) != 0;
    user.language = st.optionalText(18);
    user.emailCodeSentAt = st.optionalInteger(19);
    return user;
}

std::optional<UserRecord> oneUser(Statement st)
{
    if (!st.next())
        return std::nullopt;
    return readUser(st);
}

const char *methodName(SecondFactorMethod method)
{
    return method == SecondFactorMethod::Email ? "email" : "totp";
}

std::string selectUserWhere(std::string_view condition)
{
    std::string sql;
    sql.reserve(kSelectUser.size() + condition.size());
    sql.append(kSelectUser).append(condition);
    return sql;
}
} // namespace

std::optional<UserRecord> UserRecords::byUsername(Database &db, std::string_view username)
{
    return oneUser(db.query(selectUserWhere("WHERE username = ?"), username));
}

std::optional<UserRecord> UserRecords::byId(Database &db, std::string_view id)
{
    return oneUser(db.query(selectUserWhere("WHERE id = ?"), id));
}

std::optional<UserRecord> UserRecords::byLogin(Database &db, std::string_view usernameOrEmail)
{
    if (auto user = byUsername(db, usernameOrEmail))
        return user;
    if (usernameOrEmail.find('@') == std::string_view::npos)
        return std::nullopt;
    auto st = db.query(selectUserWhere("WHERE email = ? COLLATE NOCASE LIMIT 2"), usernameOrEmail);
    if (!st.next())
        return std::nullopt;
    UserRecord user = readUser(st);
    if (st.next()) // an address shared by two accounts names neither
        return std::nullopt;
    return user;
}

std::vector<UserRecord> UserRecords::all(Database &db)
{
    auto st = db.query(selectUserWhere("ORDER BY username COLLATE NOCASE"));
    std::vector<UserRecord> users;
    while (st.next())
        users.push_back(readUser(st));
    return users;
}

bool UserRecords::usernameTaken(Database &db, std::string_view username)
{
    return db.query("SELECT 1 FROM users WHERE username = ?", username).next();
}

void UserRecords::insert(Database &db, const UserRecord &user)
{
    db.execute("INSERT INTO users(id, username, display_name, email, organization, role, active, "
               "locked, password_hash, password_must_change, password_changed_at, totp_secret, "
               "totp_device_name, created_at, second_factor, passwordless, language) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               user.id, user.username, user.displayName, user.email, user.organization, user.role,
               user.active, user.locked, user.passwordHash, user.passwordMustChange,
               user.passwordChangedAt, user.totpSecret, user.totpDeviceName, user.createdAt,
               methodName(user.secondFactor), user.passwordless, user.language);
}

void UserRecords::storePasswordHash(Database &db, const std::string &userId,
                                    const std::string &hash, bool mustChange, std::int64_t now)
{
    db.execute("UPDATE users SET password_hash = ?, password_must_change = ?, "
               "password_changed_at = ?, locked = 0, failed_logins = 0 WHERE id = ?",
               hash, mustChange, now, userId);
}

void UserRecords::setTotp(Database &db, const std::string &userId, const std::string &base32Secret,
                          const std::string &deviceName, std::int64_t lastStep)
{
    db.execute("UPDATE users SET totp_secret = ?, totp_device_name = ?, totp_last_step = ? "
               "WHERE id = ?",
               base32Secret, deviceName, lastStep, userId);
}

void UserRecords::clearTotp(Database &db, const std::string &userId)
{
    db.execute("UPDATE users SET totp_secret = NULL, totp_device_name = NULL, totp_last_step = 0 "
               "WHERE id = ?",
               userId);
}

bool UserRecords::useTotpStep(Database &db, const std::string &userId, std::int64_t step)
{
    return db.execute("UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
                      step, userId, step) == 1;
}

void UserRecords::setActive(Database &db, const std::string &userId, bool active)
{
    db.execute("UPDATE users SET active = ? WHERE id = ?", active, userId);
}

void UserRecords::setSecondFactor(Database &db, const std::string &userId,
                                  SecondFactorMethod method, bool passwordless)
{
    db.execute("UPDATE users SET second_factor = ?, passwordless = ? WHERE id = ?",
               methodName(method), passwordless, userId);
}

void UserRecords::setLanguage(Database &db, const std::string &userId,
                              const std::optional<std::string> &language)
{
    db.execute("UPDATE users SET language = ? WHERE id = ?", language, userId);
}

void UserRecords::setEmailCodeSentAt(Database &db, const std::string &userId, std::int64_t at)
{
    db.execute("UPDATE users SET email_code_sent_at = ? WHERE id = ?", at, userId);
}

std::pair<int, bool> UserRecords::failures(Database &db, const std::string &userId)
{
    auto st = db.query("SELECT failed_logins, locked FROM users WHERE id = ?", userId);
    if (!st.next())
        return {0, false};
    return {static_cast<int>(st.integer(0)), st.integer(1) != 0};
}

bool UserRecords::countFailedLogin(Database &db, const std::string &userId, int maxFailedLogins)
{
    db.execute("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? AND locked = 0",
               userId);
    // Only the request that crosses the limit locks, so that one unlock mail goes out.
    return db.execute("UPDATE users SET locked = 1 WHERE id = ? AND locked = 0 AND "
                      "failed_logins >= ?",
                      userId, maxFailedLogins) == 1;
}

void UserRecords::clearFailedLogins(Database &db, const std::string &userId)
{
    db.execute("UPDATE users SET failed_logins = 0 WHERE id = ?", userId);
}

void UserRecords::unlock(Database &db, const std::string &userId)
{
    db.execute("UPDATE users SET locked = 0, failed_logins = 0 WHERE id = ?", userId);
}

} // namespace pli::server
