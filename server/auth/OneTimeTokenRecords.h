#pragma once

#include <cstdint>
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
// that kind but the newest `keepOthers`, so that, where anyone may ask for a link (password
// reset), asking again cannot cancel the link the user is about to open.
class OneTimeTokenRecords
{
public:
    explicit OneTimeTokenRecords(ServerContext &ctx);

    // Returns the token in clear. Caller may hold the lock (the call takes it too).
    std::string issue(const std::string &userId, OneTimeKind kind, int keepOthers = 0);
    // How many tokens of a kind the user was issued since `since` (used or not).
    int issuedSince(const std::string &userId, OneTimeKind kind, std::int64_t since);
    // Voids every token of a kind of the user (one was used: the others are stale).
    void voidAll(const std::string &userId, OneTimeKind kind);
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
