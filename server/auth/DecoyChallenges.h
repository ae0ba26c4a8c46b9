#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pli::server {

// Stand-ins for the challenge of an e-mail sign-in (POST /auth/email-sign-in) whose address has
// no passwordless account, so that the answers never tell whether it has one: the decoy is
// "sent" a code with the same cool-down, counts wrong codes down like a real challenge, and ends
// as a real account would (locked after ServerConfig::maxFailedLogins wrong codes, until the
// server restarts). Nothing is mailed. In memory, bounded, thread-safe.
class DecoyChallenges
{
public:
    struct Started
    {
        std::string token;
        std::int64_t coolDown = 0; // 0: a code was "sent"; else the seconds before one may be
    };

    // A new decoy for `identifier` (the address as typed, case-insensitive); nullopt when the
    // pretended account is locked (the caller answers 423 as for a real one).
    std::optional<Started> start(std::string_view identifier, std::int64_t ttl,
                                 std::int64_t interval, int maxFailures);
    // A code for a decoy (always wrong): the attempts remaining, 0 when the challenge ended;
    // nullopt when the token is no decoy.
    std::optional<int> wrongCode(std::string_view token, int maxAttempts, int maxFailures);
    // Asking for another code: 0 when it would be "sent", else the seconds to wait; nullopt when
    // the token is no decoy.
    std::optional<std::int64_t> resend(std::string_view token, std::int64_t interval);

private:
    struct Pretended
    {
        int failures = 0;
        std::int64_t sentAt = 0;
        std::int64_t seenAt = 0;
    };
    struct Decoy
    {
        std::string identifier;
        int attempts = 0;
        std::int64_t sentAt = 0;
        std::int64_t expiresAt = 0;
    };
    void prune(std::int64_t now);
    // The unexpired decoy of a token and its pretended account; nullptrs when there is none.
    // Caller holds m_mutex.
    std::pair<Decoy *, Pretended *> find(std::string_view token, std::int64_t now);

    std::mutex m_mutex;
    std::map<std::string, Pretended> m_accounts; // by lower-case identifier
    std::map<std::string, Decoy> m_decoys;       // by token hash
};

} // namespace pli::server
