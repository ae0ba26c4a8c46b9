#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pli::server {

class Database;

// How a user proves a sign-in after the password: an authenticator app, or a code e-mailed at
// every sign-in (participants without an authenticator, seed 000).
enum class SecondFactorMethod
{
    Totp,
    Email
};

// A row of `users` as the sign-in code needs it.
struct UserRecord
{
    std::string id;
    std::string username;
    std::string displayName;
    std::string email;
    std::string organization;
    std::string role; // "participant" | "collaborator"
    bool active = true;
    bool locked = false;
    bool passwordMustChange = false;
    std::optional<std::string> passwordHash; // none until an invitation is accepted
    std::int64_t passwordChangedAt = 0;
    std::optional<std::string> totpSecret; // base32; none until enrolled
    std::optional<std::string> totpDeviceName;
    std::int64_t totpLastStep = 0;
    int failedLogins = 0;
    std::int64_t createdAt = 0;
    SecondFactorMethod secondFactor = SecondFactorMethod::Totp;
    bool passwordless = false;           // signs in with the e-mailed code alone
    std::optional<std::string> language; // "en" | "fr"; none: the server's default
    std::optional<std::int64_t> emailCodeSentAt;
};

// The `users` table. Caller holds the database lock.
class UserRecords
{
public:
    static std::optional<UserRecord> byUsername(Database &db, std::string_view username);
    static std::optional<UserRecord> byId(Database &db, std::string_view id);
    // By username, else by the account's e-mail address (case-insensitive, when it names one
    // user only): people sign in with either.
    static std::optional<UserRecord> byLogin(Database &db, std::string_view usernameOrEmail);
    // Sorted by username.
    static std::vector<UserRecord> all(Database &db);
    static bool usernameTaken(Database &db, std::string_view username);

    // Writes every field of `user` but the lockout and TOTP step (a new account has none).
    static void insert(Database &db, const UserRecord &user);

    // Also clears the lockout.
    static void storePasswordHash(Database &db, const std::string &userId, const std::string &hash,
                                  bool mustChange, std::int64_t now);
    static void setTotp(Database &db, const std::string &userId, const std::string &base32Secret,
                        const std::string &deviceName, std::int64_t lastStep);
    static void clearTotp(Database &db, const std::string &userId);
    // Records that a TOTP step was used; false when that step (or a later one) already was, so
    // that two requests racing with one code cannot both pass.
    static bool useTotpStep(Database &db, const std::string &userId, std::int64_t step);
    static void setActive(Database &db, const std::string &userId, bool active);
    static void setSecondFactor(Database &db, const std::string &userId, SecondFactorMethod method,
                                bool passwordless);
    static void setLanguage(Database &db, const std::string &userId,
                            const std::optional<std::string> &language);
    static void setEmailCodeSentAt(Database &db, const std::string &userId, std::int64_t at);

    // Counts a failed sign-in; true when this one locks the account (crossing maxFailedLogins).
    static bool countFailedLogin(Database &db, const std::string &userId, int maxFailedLogins);
    // The failed sign-ins counted since the last success, and whether the account is locked.
    static std::pair<int, bool> failures(Database &db, const std::string &userId);
    static void clearFailedLogins(Database &db, const std::string &userId);
    // Unlocks and forgets the failed sign-ins.
    static void unlock(Database &db, const std::string &userId);
};

} // namespace pli::server
