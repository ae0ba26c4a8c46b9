#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

struct ServerContext;

// What an e-mailed single-use token allows.
enum class OneTimeKind
{
    PasswordReset,
    Invitation,
    Unlock
};

// Single-use, expiring tokens sent by e-mail (password reset, invitation, unlock). The token is
// random; only its SHA-256 is stored. Issuing a new one of a kind voids the user's older ones of
// that kind, so that only the newest link works.
class OneTimeTokenRecords
{
public:
    explicit OneTimeTokenRecords(ServerContext &ctx);

    // Returns the token in clear. Caller may hold the lock (the call takes it too).
    std::string issue(const std::string &userId, OneTimeKind kind);
    // The user a still-valid token belongs to, without using it up (so that a password
    // refused by the policy can be retried with the same link).
    std::optional<std::string> peek(std::string_view token, OneTimeKind kind);
    // Marks the token used; false when it was not valid any more. Caller holds the lock
    // (typically in the transaction that applies the change the token allows).
    bool redeem(std::string_view token, OneTimeKind kind);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
