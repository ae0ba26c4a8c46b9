#include "UserAccounts.h"

#include "Base32.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "PasswordHash.h"
#include "ServerContext.h"
#include "SessionTokens.h"

#include <algorithm>

namespace pli::server {

namespace {
constexpr const char *kUserColumns =
    "id, username, display_name, email, organization, role, active, locked, "
    "password_must_change, password_hash, password_changed_at, totp_secret, totp_device_name, "
    "totp_last_step, failed_logins, created_at";

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
    return user;
}

std::string trimmed(std::string_view text)
{
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string_view::npos)
        return {};
    const auto end = text.find_last_not_of(" \t");
    return std::string(text.substr(begin, end - begin + 1));
}
} // namespace

UserAccounts::UserAccounts(ServerContext &ctx)
    : m_ctx(ctx)
{}

std::optional<UserRecord> UserAccounts::findByUsername(std::string_view username)
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query(
        std::string("SELECT ") + kUserColumns + " FROM users WHERE username = ?", username);
    if (!st.next())
        return std::nullopt;
    return readUser(st);
}

std::optional<UserRecord> UserAccounts::findById(std::string_view id)
{
    auto guard = m_ctx.db->lock();
    auto st =
        m_ctx.db->query(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?", id);
    if (!st.next())
        return std::nullopt;
    return readUser(st);
}

std::vector<UserRecord> UserAccounts::list()
{
    auto guard = m_ctx.db->lock();
    auto st = m_ctx.db->query(std::string("SELECT ") + kUserColumns +
                              " FROM users ORDER BY username COLLATE NOCASE");
    std::vector<UserRecord> users;
    while (st.next())
        users.push_back(readUser(st));
    return users;
}

std::string UserAccounts::usernameProblem(std::string_view username)
{
    if (username.empty() || username.size() > 64)
        return "a username has 1 to 64 characters";
    const bool allowed = std::all_of(username.begin(), username.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-' || c == '@' || c == '+';
    });
    if (!allowed)
        return "a username uses only letters, digits and . _ - @ +";
    return {};
}

std::string UserAccounts::emailProblem(std::string_view email)
{
    const auto at = email.find('@');
    const bool shaped = at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
                        email.find('@', at + 1) == std::string_view::npos && email.size() <= 254 &&
                        std::none_of(email.begin(), email.end(), [](char c) {
                            return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>';
                        });
    return shaped ? std::string() : "not an e-mail address";
}

std::string UserAccounts::create(const NewUser &user)
{
    if (const auto problem = usernameProblem(user.username); !problem.empty())
        throw UserAccountError("invalid username: " + problem);
    if (const auto problem = emailProblem(user.email); !problem.empty())
        throw UserAccountError("invalid e-mail \"" + user.email + "\": " + problem);
    const std::string displayName = trimmed(user.displayName);
    if (displayName.empty() || displayName.size() > 200)
        throw UserAccountError("a display name is required (at most 200 bytes)");
    if (user.role != "participant" && user.role != "collaborator")
        throw UserAccountError("the role is participant or collaborator");
    std::optional<std::string> secret;
    if (user.totpSecret) {
        secret = base32::normalize(*user.totpSecret);
        if (!secret || secret->size() < 16)
            throw UserAccountError("the TOTP secret must be base32 of at least 80 bits");
    }
    const std::optional<std::string> hash =
        user.password ? std::optional(hashPassword(*user.password)) : std::nullopt;

    const std::string id = crypto::randomId("u_");
    m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        if (db.query("SELECT 1 FROM users WHERE username = ?", user.username).next())
            throw UserAccountError("the username \"" + user.username + "\" is already taken");
        if (db.query("SELECT 1 FROM personas WHERE email = ? AND verified = 1", user.email).next())
            throw UserAccountError("the e-mail \"" + user.email + "\" is already in use");
        const auto now = nowSeconds();
        db.execute("INSERT INTO users(id, username, display_name, email, organization, role, "
                   "password_hash, password_must_change, password_changed_at, totp_secret, "
                   "totp_device_name, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   id, user.username, displayName, user.email, user.organization, user.role, hash,
                   user.passwordMustChange, hash ? now : 0, secret,
                   secret ? std::optional(user.totpDeviceName.value_or("set by administrator"))
                          : std::nullopt,
                   now);
        db.execute("INSERT INTO personas(id, user_id, email, display_name, verified, created_at) "
                   "VALUES (?,?,?,?,1,?)",
                   crypto::randomId("p_"), id, user.email, displayName, now);
    });
    return id;
}

void UserAccounts::setPassword(const std::string &userId, std::string_view password,
                               bool mustChange, bool revokeSessions)
{
    const std::string hash = hashPassword(password);
    m_ctx.db->transaction([&] {
        storePasswordHash(userId, hash, mustChange);
        if (revokeSessions)
            SessionTokens::revokeUser(*m_ctx.db, userId);
    });
}

void UserAccounts::storePasswordHash(const std::string &userId, const std::string &hash,
                                     bool mustChange)
{
    m_ctx.db->execute("UPDATE users SET password_hash = ?, password_must_change = ?, "
                      "password_changed_at = ?, locked = 0, failed_logins = 0 WHERE id = ?",
                      hash, mustChange, nowSeconds(), userId);
    // A sign-in in progress was started with the old password.
    m_ctx.db->execute("DELETE FROM challenges WHERE user_id = ?", userId);
}

void UserAccounts::setTotpSecret(const std::string &userId, const std::string &base32Secret,
                                 const std::string &deviceName)
{
    const auto secret = base32::normalize(base32Secret);
    if (!secret || secret->size() < 16)
        throw UserAccountError("the TOTP secret must be base32 of at least 80 bits");
    auto guard = m_ctx.db->lock();
    m_ctx.db->execute("UPDATE users SET totp_secret = ?, totp_device_name = ?, totp_last_step = 0 "
                      "WHERE id = ?",
                      *secret, deviceName, userId);
}

void UserAccounts::resetTotp(const std::string &userId)
{
    m_ctx.db->transaction([&] {
        m_ctx.db->execute("UPDATE users SET totp_secret = NULL, totp_device_name = NULL, "
                          "totp_last_step = 0 WHERE id = ?",
                          userId);
        m_ctx.db->execute("DELETE FROM challenges WHERE user_id = ?", userId);
        SessionTokens::revokeUser(*m_ctx.db, userId);
    });
}

void UserAccounts::setActive(const std::string &userId, bool active)
{
    m_ctx.db->transaction([&] {
        m_ctx.db->execute("UPDATE users SET active = ? WHERE id = ?", active, userId);
        if (!active) {
            m_ctx.db->execute("DELETE FROM challenges WHERE user_id = ?", userId);
            SessionTokens::revokeUser(*m_ctx.db, userId);
        }
    });
}

void UserAccounts::unlock(const std::string &userId)
{
    auto guard = m_ctx.db->lock();
    m_ctx.db->execute("UPDATE users SET locked = 0, failed_logins = 0 WHERE id = ?", userId);
}

} // namespace pli::server
