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

// What the client said when the sign-in started, kept until its last step.
struct SignInOrigin
{
    std::optional<std::string> deviceName;
    std::optional<std::string> language; // from Accept-Language: "en" or "fr"
};

// A row of `challenges`.
struct Challenge
{
    std::string idHash; // sha256 of the token the client holds
    std::string userId;
    ChallengeKind kind = ChallengeKind::SecondFactor;
    SignInOrigin origin;
    int attempts = 0;
    std::optional<std::string> pendingTotpSecret;
    std::optional<std::string> emailCodeHash;
    std::int64_t emailCodeExpiresAt = 0;
    std::optional<std::int64_t> emailCodeSentAt;
    std::int64_t expiresAt = 0;
};

// Sign-ins in progress between a right password (or an e-mail sign-in) and the tokens. The client
// holds a random challenge token; only its SHA-256 is stored. Each step consumes its challenge
// and, when another step follows, creates a new one. A user has at most
// ServerConfig::maxOpenChallenges of them (a new one ends the oldest); a locked or deactivated
// user's challenges are worth nothing.
class ChallengeRecords
{
public:
    static constexpr int kMaxAttempts = 5; // wrong codes before the challenge ends

    explicit ChallengeRecords(ServerContext &ctx);

    // Returns the token to hand to the client.
    std::string create(const std::string &userId, ChallengeKind kind, const SignInOrigin &origin,
                       std::int64_t ttlSeconds,
                       const std::optional<std::string> &pendingTotpSecret = std::nullopt);
    // The open challenge of a step; nullopt when the token is unknown, expired, of another step
    // or of a locked or deactivated user.
    std::optional<Challenge> find(std::string_view token, ChallengeKind kind);
    // The same, throwing ApiError 401 challenge_expired instead (a client cannot tell these cases
    // apart, and need not: it starts again).
    Challenge require(std::string_view token, ChallengeKind kind);
    // Deletes the challenge; false when a concurrent request consumed it first or its user was
    // locked or deactivated since (a challenge created before a lock never yields tokens).
    bool consume(const Challenge &challenge);
    // Deletes the user's sign-ins in progress (password changed, second factor reset, account
    // deactivated). Caller may hold the lock.
    void removeAllOf(const std::string &userId);
    // Counts a wrong code and returns the attempts left; at 0 the challenge is deleted.
    int countWrongCode(const Challenge &challenge);
    // When the challenge's last e-mailed code was sent; nullopt when none was (or it is gone).
    std::optional<std::int64_t> emailCodeSentAt(const Challenge &challenge);
    // Stores a new e-mailed code (replacing the previous one); false when the challenge is gone.
    bool storeEmailCode(const Challenge &challenge, const std::string &codeHash,
                        std::int64_t expiresAt, std::int64_t now);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
