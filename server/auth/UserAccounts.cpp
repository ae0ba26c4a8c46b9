#include "UserAccounts.h"

#include "Base32.h"
#include "ChallengeRecords.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Language.h"
#include "PasswordHash.h"
#include "PersonaRecords.h"
#include "ServerContext.h"
#include "SessionRecords.h"

#include <algorithm>

namespace pli::server {

namespace {
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
    return UserRecords::byUsername(*m_ctx.db, username);
}

std::optional<UserRecord> UserAccounts::findById(std::string_view id)
{
    auto guard = m_ctx.db->lock();
    return UserRecords::byId(*m_ctx.db, id);
}

std::optional<UserRecord> UserAccounts::findByLogin(std::string_view usernameOrEmail)
{
    auto guard = m_ctx.db->lock();
    return UserRecords::byLogin(*m_ctx.db, usernameOrEmail);
}

std::vector<UserRecord> UserAccounts::list()
{
    auto guard = m_ctx.db->lock();
    return UserRecords::all(*m_ctx.db);
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
    if (user.passwordless && user.secondFactor != SecondFactorMethod::Email)
        throw UserAccountError("a passwordless user signs in with e-mailed codes");
    if (user.passwordless && user.password)
        throw UserAccountError("a passwordless user has no password");
    if (user.language && !isSupportedLanguage(*user.language))
        throw UserAccountError("the language is en or fr");
    std::optional<std::string> secret;
    if (user.totpSecret) {
        secret = base32::normalize(*user.totpSecret);
        if (!secret || secret->size() < 16)
            throw UserAccountError("the TOTP secret must be base32 of at least 80 bits");
    }
    const std::optional<std::string> hash =
        user.password ? std::optional(hashPassword(*user.password)) : std::nullopt;

    UserRecord record;
    record.id = crypto::randomId("u_");
    record.username = user.username;
    record.displayName = displayName;
    record.email = user.email;
    record.organization = user.organization;
    record.role = user.role;
    record.passwordMustChange = user.passwordMustChange;
    record.passwordHash = hash;
    record.totpSecret = secret;
    record.secondFactor = user.secondFactor;
    record.passwordless = user.passwordless;
    record.language = user.language;
    if (secret)
        record.totpDeviceName = user.totpDeviceName.value_or("set by administrator");
    m_ctx.db->transaction([&] {
        auto &db = *m_ctx.db;
        if (UserRecords::usernameTaken(db, user.username))
            throw UserAccountError("the username \"" + user.username + "\" is already taken");
        if (PersonaRecords::verifiedEmailTaken(db, user.email))
            throw UserAccountError("the e-mail \"" + user.email + "\" is already in use");
        record.createdAt = nowSeconds();
        record.passwordChangedAt = hash ? record.createdAt : 0;
        UserRecords::insert(db, record);
        PersonaRecords::insert(db, {crypto::randomId("p_"), record.id, user.email, displayName,
                                    true, record.createdAt});
    });
    return record.id;
}

void UserAccounts::setPassword(const std::string &userId, std::string_view password,
                               bool mustChange, bool revokeSessions)
{
    const std::string hash = hashPassword(password);
    m_ctx.db->transaction([&] {
        storePasswordHash(userId, hash, mustChange);
        if (revokeSessions)
            SessionRecords::revokeUser(*m_ctx.db, userId, {});
    });
}

void UserAccounts::storePasswordHash(const std::string &userId, const std::string &hash,
                                     bool mustChange)
{
    UserRecords::storePasswordHash(*m_ctx.db, userId, hash, mustChange, nowSeconds());
    // A sign-in in progress was started with the old password.
    ChallengeRecords(m_ctx).removeAllOf(userId);
}

void UserAccounts::setTotpSecret(const std::string &userId, const std::string &base32Secret,
                                 const std::string &deviceName)
{
    const auto secret = base32::normalize(base32Secret);
    if (!secret || secret->size() < 16)
        throw UserAccountError("the TOTP secret must be base32 of at least 80 bits");
    auto guard = m_ctx.db->lock();
    UserRecords::setTotp(*m_ctx.db, userId, *secret, deviceName, 0);
}

void UserAccounts::resetTotp(const std::string &userId)
{
    m_ctx.db->transaction([&] {
        UserRecords::clearTotp(*m_ctx.db, userId);
        ChallengeRecords(m_ctx).removeAllOf(userId);
        SessionRecords::revokeUser(*m_ctx.db, userId, {});
    });
}

void UserAccounts::setActive(const std::string &userId, bool active)
{
    m_ctx.db->transaction([&] {
        UserRecords::setActive(*m_ctx.db, userId, active);
        if (!active) {
            ChallengeRecords(m_ctx).removeAllOf(userId);
            SessionRecords::revokeUser(*m_ctx.db, userId, {});
        }
    });
}

void UserAccounts::unlock(const std::string &userId)
{
    auto guard = m_ctx.db->lock();
    UserRecords::unlock(*m_ctx.db, userId);
}

void UserAccounts::setSecondFactor(const std::string &userId, SecondFactorMethod method,
                                   bool passwordless)
{
    if (passwordless && method != SecondFactorMethod::Email)
        throw UserAccountError("a passwordless user signs in with e-mailed codes");
    m_ctx.db->transaction([&] {
        UserRecords::setSecondFactor(*m_ctx.db, userId, method, passwordless);
        // A sign-in in progress was told the old way to finish.
        ChallengeRecords(m_ctx).removeAllOf(userId);
    });
}

void UserAccounts::setLanguage(const std::string &userId, const std::string &language)
{
    if (!isSupportedLanguage(language))
        throw UserAccountError("the language is en or fr");
    auto guard = m_ctx.db->lock();
    UserRecords::setLanguage(*m_ctx.db, userId, language);
}

} // namespace pli::server
