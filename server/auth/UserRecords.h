#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server {

class Database;

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
};

// The `users` table. Caller holds the database lock.
class UserRecords
{
public:
    static std::optional<UserRecord> byUsername(Database &db, std::string_view username);
    static std::optional<UserRecord> byId(Database &db, std::string_view id);
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

    // Counts a failed sign-in; true when this one locks the account (crossing maxFailedLogins).
    static bool countFailedLogin(Database &db, const std::string &userId, int maxFailedLogins);
    static void clearFailedLogins(Database &db, const std::string &userId);
    // Unlocks and forgets the failed sign-ins.
    static void unlock(Database &db, const std::string &userId);
};

} // namespace pli::server
