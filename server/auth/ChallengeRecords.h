#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

struct ServerContext;

// The step a sign-in in progress waits for.
enum class ChallengeKind
{
    SecondFactor,
    TotpEnrollment,
    PasswordChange
};

// A row of `challenges`.
struct Challenge
{
    std::string idHash; // sha256 of the token the client holds
    std::string userId;
    ChallengeKind kind = ChallengeKind::SecondFactor;
    std::optional<std::string> deviceName;
    int attempts = 0;
    std::optional<std::string> pendingTotpSecret;
    std::optional<std::string> emailCodeHash;
    std::int64_t emailCodeExpiresAt = 0;
    std::optional<std::int64_t> emailCodeSentAt;
    std::int64_t expiresAt = 0;
};

// Sign-ins in progress between a right password and the tokens. The client holds a random
// challenge token; only its SHA-256 is stored. Each step consumes its challenge and, when
// another step follows, creates a new one.
class ChallengeRecords
{
public:
    static constexpr int kMaxAttempts = 5; // wrong codes before the challenge ends

    explicit ChallengeRecords(ServerContext &ctx);

    // Returns the token to hand to the client.
    std::string create(const std::string &userId, ChallengeKind kind,
                       const std::optional<std::string> &deviceName, std::int64_t ttlSeconds,
                       const std::optional<std::string> &pendingTotpSecret = std::nullopt);
    // Throws ApiError 401 challenge_expired when the token is unknown, expired or of another
    // step (a client cannot tell these apart, and need not: it starts again).
    Challenge require(std::string_view token, ChallengeKind kind);
    // Deletes the challenge; false when a concurrent request consumed it first.
    bool consume(const Challenge &challenge);
    // Deletes the user's sign-ins in progress (password changed, second factor reset, account
    // deactivated). Caller may hold the lock.
    void removeAllOf(const std::string &userId);
    // Counts a wrong code and returns the attempts left; at 0 the challenge is deleted.
    int countWrongCode(const Challenge &challenge);
    // Stores a new e-mailed code unless the previous one was sent less than `interval` seconds
    // ago; returns 0 when stored, else the seconds to wait.
    std::int64_t storeEmailCode(const Challenge &challenge, const std::string &codeHash,
                                std::int64_t ttlSeconds, std::int64_t interval);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
