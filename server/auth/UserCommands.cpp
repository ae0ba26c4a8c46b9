// `pli-server user ...`: account administration on the data directory.
#include "AdminCommands.h"

#include "AccountRecovery.h"
#include "CommandLine.h"
#include "Database.h"
#include "Language.h"
#include "PasswordPolicy.h"
#include "Principal.h"
#include "ServerContext.h"
#include "UserAccounts.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace pli::server {

namespace {
// A wrong invocation: exit status 2.
struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

std::string statusOf(const UserRecord &user)
{
    std::string status = user.active ? "active" : "deactivated";
    if (user.locked)
        status += ",locked";
    if (user.passwordless)
        status += ",passwordless";
    else if (!user.passwordHash)
        status += ",no-password";
    else if (user.passwordMustChange)
        status += ",must-change-password";
    if (user.secondFactor == SecondFactorMethod::Email)
        status += ",email-code";
    else if (!user.totpSecret)
        status += ",no-totp";
    return status;
}

// "--second-factor totp|email" and "--passwordless" (e-mail only), as the commands take them.
std::optional<SecondFactorMethod> methodNamed(const std::string &name)
{
    if (name == "totp")
        return SecondFactorMethod::Totp;
    if (name == "email")
        return SecondFactorMethod::Email;
    return std::nullopt;
}

class UserCommand
{
public:
    UserCommand(const CommandLine &cl, ServerContext &ctx)
        : m_cl(cl)
        , m_ctx(ctx)
        , m_accounts(ctx)
    {}

    int run()
    {
        const auto &args = m_cl.positional();
        const std::string sub = args.size() > 1 ? args[1] : "";
        if (sub == "list") {
            expectArguments(2);
            return list();
        }
        if (sub == "add")
            return add(usernameArgument());
        if (sub == "invite" || sub == "deactivate" || sub == "activate" || sub == "unlock" ||
            sub == "reset-password" || sub == "set-totp" || sub == "totp-reset" || sub == "token")
            return onExisting(sub, usernameArgument());
        if (sub == "set-second-factor" || sub == "set-language")
            return setting(sub);
        throw UsageError(sub.empty() ? "user needs a sub-command"
                                     : "unknown user sub-command \"" + sub + "\"");
    }

private:
    void expectArguments(size_t count) const
    {
        if (m_cl.positional().size() > count)
            throw UsageError("unexpected argument \"" + m_cl.positional()[count] + "\"");
    }

    std::string usernameArgument() const
    {
        if (m_cl.positional().size() < 3)
            throw UsageError("user " + m_cl.positional()[1] + " needs a USERNAME");
        expectArguments(3);
        return m_cl.positional()[2];
    }

    // USERNAME VALUE of the set-... sub-commands.
    std::pair<std::string, std::string> userAndValue(const std::string &what) const
    {
        const auto &args = m_cl.positional();
        if (args.size() < 4)
            throw UsageError("user " + args[1] + " needs a USERNAME and " + what);
        expectArguments(4);
        return {args[2], args[3]};
    }

    std::string required(const std::string &flag) const
    {
        const auto value = m_cl.value(flag);
        if (!value || value->empty())
            throw UsageError("--" + flag + " is required");
        return *value;
    }

    int add(const std::string &username)
    {
        NewUser user;
        user.username = username;
        user.displayName = required("display-name");
        user.email = required("email");
        user.organization = m_cl.valueOr("organization", "");
        if (m_cl.has("collaborator") && m_cl.has("participant"))
            throw UsageError("--collaborator and --participant exclude each other");
        user.role = m_cl.has("collaborator") ? "collaborator" : "participant";
        if (m_cl.has("password") && m_cl.has("temporary"))
            throw UsageError("--password and --temporary exclude each other");
        if (const auto method = m_cl.value("second-factor")) {
            const auto known = methodNamed(*method);
            if (!known)
                throw UsageError("--second-factor is totp or email, not \"" + *method + "\"");
            user.secondFactor = *known;
        }
        if (m_cl.has("passwordless")) {
            if (m_cl.value("second-factor").value_or("email") != "email")
                throw UsageError("--passwordless signs in with e-mailed codes: not with "
                                 "--second-factor totp");
            if (m_cl.has("password") || m_cl.has("temporary"))
                throw UsageError("--passwordless excludes --password and --temporary");
            user.secondFactor = SecondFactorMethod::Email;
            user.passwordless = true;
        }
        if (const auto language = m_cl.value("language")) {
            if (!isSupportedLanguage(*language))
                throw UsageError("--language is en or fr, not \"" + *language + "\"");
            user.language = *language;
        }
        if (const auto password = m_cl.value("password")) {
            // A password the user keeps must meet the policy like one they choose.
            if (const auto unmet = PasswordPolicy::unmetRules(*password, username);
                !unmet.empty()) {
                std::string rules;
                for (const auto &rule : unmet)
                    rules += (rules.empty() ? "" : ", ") + rule;
                throw UserAccountError("the password does not meet the policy (" + rules +
                                       "); use --temporary for a generated one");
            }
            user.password = *password;
        } else if (m_cl.has("temporary")) {
            user.password = PasswordPolicy::generateTemporary();
            user.passwordMustChange = true;
        }
        const std::string id = m_accounts.create(user);
        std::cout << "created user " << username << " (" << id << ")\n";
        if (user.passwordMustChange)
            std::cout << "temporary password: " << *user.password << '\n';
        return 0;
    }

    int onExisting(const std::string &sub, const std::string &username)
    {
        const auto user = m_accounts.findByUsername(username);
        if (!user)
            throw UserAccountError("no user \"" + username + "\"");
        if (sub == "invite") {
            const std::string token = AccountRecovery(m_ctx).invite(user->id);
            if (token.empty())
                std::cout << "welcome mailed to " << user->email << ": " << user->username
                          << " signs in with e-mailed codes, without a password\n";
            else
                std::cout << token << '\n';
        } else if (sub == "deactivate" || sub == "activate") {
            m_accounts.setActive(user->id, sub == "activate");
            std::cout << "user " << user->username << ' ' << sub << "d\n";
        } else if (sub == "unlock") {
            m_accounts.unlock(user->id);
            std::cout << "user " << user->username << " unlocked\n";
        } else if (sub == "reset-password") {
            const std::string password =
                m_cl.value("password").value_or(PasswordPolicy::generateTemporary());
            if (password.empty())
                throw UsageError("--password needs a value");
            m_accounts.setPassword(user->id, password, true, true);
            std::cout << password << '\n';
        } else if (sub == "set-totp") {
            m_accounts.setTotpSecret(user->id, required("secret"),
                                     m_cl.valueOr("device-name", "set by administrator"));
            std::cout << "TOTP secret set for " << user->username << '\n';
        } else if (sub == "totp-reset") {
            m_accounts.resetTotp(user->id);
            std::cout << "TOTP reset for " << user->username
                      << ": a new device is enrolled at the next sign-in\n";
        } else {
            return token(*user);
        }
        return 0;
    }

    int setting(const std::string &sub)
    {
        if (sub == "set-language") {
            const auto [username, language] = userAndValue("a LANGUAGE (en or fr)");
            if (!isSupportedLanguage(language))
                throw UsageError("the language is en or fr, not \"" + language + "\"");
            const auto user = existing(username);
            m_accounts.setLanguage(user.id, language);
            std::cout << "e-mails to " << user.username << " are written in " << language << '\n';
            return 0;
        }
        const auto [username, name] = userAndValue("a METHOD (totp or email)");
        const auto method = methodNamed(name);
        if (!method)
            throw UsageError("the second factor is totp or email, not \"" + name + "\"");
        const bool passwordless = m_cl.has("passwordless");
        if (passwordless && *method != SecondFactorMethod::Email)
            throw UsageError("--passwordless signs in with e-mailed codes: not with totp");
        const auto user = existing(username);
        m_accounts.setSecondFactor(user.id, *method, passwordless);
        std::cout << user.username << " signs in with "
                  << (passwordless ? "an e-mailed code alone"
                      : *method == SecondFactorMethod::Email
                          ? "a password and an e-mailed code"
                          : "a password and an authenticator app")
                  << '\n';
        if (*method == SecondFactorMethod::Totp && !user.totpSecret)
            std::cout << "the authenticator is enrolled at the next sign-in\n";
        if (!passwordless && !user.passwordHash)
            std::cout << user.username
                      << " has no password yet: send an invitation (user invite)\n";
        return 0;
    }

    UserRecord existing(const std::string &username)
    {
        const auto user = m_accounts.findByUsername(username);
        if (!user)
            throw UserAccountError("no user \"" + username + "\"");
        return *user;
    }

    int token(const UserRecord &user)
    {
        if (!user.active)
            throw UserAccountError("user \"" + user.username + "\" is deactivated");
        if (const auto ttl = m_cl.value("ttl")) {
            try {
                size_t used = 0;
                m_ctx.config.accessTokenTtl = std::stoll(*ttl, &used);
                if (used != ttl->size() || m_ctx.config.accessTokenTtl <= 0)
                    throw std::invalid_argument("ttl");
            } catch (const std::logic_error &) {
                throw UsageError("--ttl expects a positive number of seconds");
            }
        }
        auto guard = m_ctx.db->lock();
        std::cout << issueAccessToken(m_ctx, user.id, std::nullopt) << '\n';
        return 0;
    }

    int list()
    {
        const auto users = m_accounts.list();
        if (m_cl.has("json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &u : users)
                out.push_back({{"id", u.id},
                               {"username", u.username},
                               {"display_name", u.displayName},
                               {"email", u.email},
                               {"organization", u.organization},
                               {"role", u.role},
                               {"active", u.active},
                               {"locked", u.locked},
                               {"has_password", u.passwordHash.has_value()},
                               {"password_must_change", u.passwordMustChange},
                               {"totp_enrolled", u.totpSecret.has_value()},
                               {"totp_device_name", u.totpDeviceName.value_or("")},
                               {"second_factor",
                                u.secondFactor == SecondFactorMethod::Email ? "email" : "totp"},
                               {"passwordless", u.passwordless},
                               {"language", u.language.value_or(m_ctx.config.defaultLanguage)}});
            std::cout << out.dump(2) << '\n';
            return 0;
        }
        std::cout << std::left << std::setw(20) << "USERNAME" << ' ' << std::setw(12) << "ROLE"
                  << ' ' << std::setw(36) << "STATUS" << ' ' << "EMAIL / DISPLAY NAME\n";
        for (const auto &u : users)
            std::cout << std::setw(20) << u.username << ' ' << std::setw(12) << u.role << ' '
                      << std::setw(36) << statusOf(u) << ' ' << u.email << " / " << u.displayName
                      << '\n';
        return 0;
    }

    const CommandLine &m_cl;
    ServerContext &m_ctx;
    UserAccounts m_accounts;
};
} // namespace

int runUserCommand(const CommandLine &cl, ServerContext &ctx)
{
    try {
        return UserCommand(cl, ctx).run();
    } catch (const UsageError &e) {
        std::cerr << "pli-server: " << e.what() << " (see pli-server --help)\n";
        return 2;
    } catch (const UserAccountError &e) {
        std::cerr << "pli-server: " << e.what() << '\n';
        return 1;
    }
}

std::optional<CommandOptions> userCommandOptions(const std::string &sub)
{
    if (sub == "add")
        return CommandOptions{
            {"display-name", "email", "organization", "password", "second-factor", "language"},
            {"collaborator", "participant", "temporary", "passwordless"},
            {}};
    if (sub == "list")
        return CommandOptions{{}, {"json"}, {}};
    if (sub == "reset-password")
        return CommandOptions{{"password"}, {}, {}};
    if (sub == "set-totp")
        return CommandOptions{{"secret", "device-name"}, {}, {}};
    if (sub == "token")
        return CommandOptions{{"ttl"}, {}, {}};
    if (sub == "set-second-factor")
        return CommandOptions{{}, {"passwordless"}, {}};
    if (sub == "invite" || sub == "deactivate" || sub == "activate" || sub == "unlock" ||
        sub == "totp-reset" || sub == "set-language")
        return CommandOptions{};
    return std::nullopt;
}

std::string userCommandUsage()
{
    return R"(  user add USERNAME --display-name NAME --email EMAIL [--organization ORG]
           [--collaborator] [--password PASSWORD | --temporary]
           [--second-factor totp|email] [--passwordless] [--language en|fr]
      Creates a user and its first, verified persona. --temporary generates and prints a
      password to change at the first sign-in; with neither, the user has no password until
      the invitation is accepted. The second factor is an authenticator app (totp, enrolled
      at the first sign-in) or a code e-mailed at every sign-in (email); --passwordless: the
      e-mailed code alone, no password. E-mails are written in --language (default: the
      server's --default-language). Users sign in with their username or e-mail address.
  user invite USERNAME
      E-mails an invitation link to choose a password; prints the invitation token. A
      passwordless user is mailed how to sign in instead (no token).
  user set-second-factor USERNAME totp|email [--passwordless]
      Changes how the user proves a sign-in; their sign-ins in progress end.
  user set-language USERNAME en|fr
      The language of the user's e-mails (also taken from Pli's language at each sign-in).
  user deactivate|activate USERNAME
      A deactivated user cannot sign in; their conversations become read-only.
  user unlock USERNAME
      Unlocks an account locked after too many failed sign-ins.
  user reset-password USERNAME [--password PASSWORD]
      Sets a temporary password (generated unless given; printed) to change at the next
      sign-in, and ends the user's sessions.
  user set-totp USERNAME --secret BASE32 [--device-name NAME]
      Sets a known TOTP secret (scripts, demos: oathtool --totp -b BASE32).
  user totp-reset USERNAME
      Forgets the authenticator: the next sign-in enrols a new one.
  user token USERNAME [--ttl SECONDS]
      Prints an access token for scripts.
  user list [--json]
)";
}

} // namespace pli::server
