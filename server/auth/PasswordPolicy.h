#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pli::server {

// The one password policy of the server: what a new password must satisfy, how it is described
// to clients (`policy` of password_change_required) and which rules a candidate misses (`unmet`
// of the 422 password_policy problem). Every path that sets a password goes through it.
class PasswordPolicy
{
public:
    static constexpr size_t kMinLength = 14; // in characters (Unicode code points)
    static constexpr size_t kMaxLength = 64;

    // {"min_length":14,"max_length":64,"require":["upper","digit_or_symbol"]}
    static nlohmann::json describe();

    // The rules `password` misses, in a stable order: min_length, max_length, upper,
    // digit_or_symbol, not_username, not_current. `currentHash` is the stored hash of the
    // password being replaced, if any; checking it costs a scrypt verification, so never call
    // this while holding the database lock.
    static std::vector<std::string> unmetRules(std::string_view password, std::string_view username,
                                               const std::optional<std::string> &currentHash = {});

    // Throws ApiError 422 password_policy with "unmet" when a rule is missed.
    static void enforce(std::string_view password, std::string_view username,
                        const std::optional<std::string> &currentHash = {});

    // A random password that satisfies the policy (temporary passwords set by administrators).
    static std::string generateTemporary();
};

} // namespace pli::server
