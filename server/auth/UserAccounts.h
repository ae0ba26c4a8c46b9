#pragma once

#include "UserRecords.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server {

struct ServerContext;

// What `pli-server user add` (and the demo seeding) needs to create an account.
struct NewUser
{
    std::string username;
    std::string displayName;
    std::string email; // also becomes the user's first, verified persona
    std::string organization;
    std::string role = "participant";
    std::optional<std::string> password;   // clear text; hashed here
    bool passwordMustChange = false;       // a temporary password
    std::optional<std::string> totpSecret; // base32, for scripts and the demo (oathtool)
    std::optional<std::string> totpDeviceName;
    SecondFactorMethod secondFactor = SecondFactorMethod::Totp;
    bool passwordless = false;           // e-mail second factor only, and no password
    std::optional<std::string> language; // "en" | "fr"; none: the server's default
};

// A refused account change, with a message meant for the administrator.
class UserAccountError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Reads and changes user accounts: creation with the first persona, passwords, TOTP secrets,
// activation and locking. Each call takes the database lock itself and hashes outside it.
class UserAccounts
{
public:
    explicit UserAccounts(ServerContext &ctx);

    std::optional<UserRecord> findByUsername(std::string_view username);
    std::optional<UserRecord> findById(std::string_view id);
    // By username, else by the account's e-mail address (see UserRecords::byLogin).
    std::optional<UserRecord> findByLogin(std::string_view usernameOrEmail);
    std::vector<UserRecord> list();

    // Validates and creates the user and its verified persona; returns the new user id.
    // Throws UserAccountError (bad field, username or e-mail already taken).
    std::string create(const NewUser &user);

    // Sets a password (no policy check: callers enforce PasswordPolicy where a person chooses
    // it), clears the lockout, and with `revokeSessions` signs the user out everywhere.
    void setPassword(const std::string &userId, std::string_view password, bool mustChange,
                     bool revokeSessions);
    // The same with a hash computed beforehand. Caller holds the database lock.
    void storePasswordHash(const std::string &userId, const std::string &hash, bool mustChange);

    void setTotpSecret(const std::string &userId, const std::string &base32Secret,
                       const std::string &deviceName);
    // Forgets the second factor: the next sign-in enrols a new device. Signs the user out.
    void resetTotp(const std::string &userId);
    // A deactivated user cannot sign in and their sessions end.
    void setActive(const std::string &userId, bool active);
    void unlock(const std::string &userId);
    // An authenticator, or a code e-mailed at each sign-in (passwordless: the code alone, which
    // needs the e-mail method). The user's sign-ins in progress end. Throws UserAccountError.
    void setSecondFactor(const std::string &userId, SecondFactorMethod method, bool passwordless);
    // The language of the user's e-mails ("en" or "fr"). Throws UserAccountError.
    void setLanguage(const std::string &userId, const std::string &language);

    // Field checks shared with the HTTP layer; return an explanation, empty when valid.
    static std::string usernameProblem(std::string_view username);
    static std::string emailProblem(std::string_view email);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
