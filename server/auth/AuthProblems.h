#pragma once

#include "ApiError.h"

#include <cstdint>
#include <string>

namespace pli::server::authProblems {

// The problem answers shared by several sign-in steps, so that each reads the same everywhere.

inline ApiError invalidCredentials()
{
    return ApiError(401, "invalid_credentials", "The username or the password is wrong.");
}

// The same for a right and a wrong password, so that it says nothing about the password.
inline ApiError accountLocked()
{
    return ApiError(423, "account_locked",
                    "The account is locked after too many failed sign-ins: use the unlock link "
                    "sent by e-mail.");
}

inline ApiError invalidCode(int attemptsRemaining)
{
    return ApiError(401, "invalid_code", "The code is wrong or was already used.",
                    {{"attempts_remaining", attemptsRemaining}});
}

inline ApiError tooManyAttempts()
{
    return ApiError(401, "too_many_attempts", "Too many wrong codes: sign in again.");
}

inline ApiError challengeExpired()
{
    return ApiError(401, "challenge_expired",
                    "This sign-in step has expired or is unknown: sign in again.");
}

// A one-time e-mailed token (reset, invitation, unlock) that is unknown, used or expired.
inline ApiError invalidOneTimeToken()
{
    return ApiError(400, "invalid_token", "This link is not valid any more: ask for a new one.");
}

inline ApiError rateLimited(std::int64_t retryAfterSeconds)
{
    ApiError error(429, "rate_limited", "Too many requests: try again later.",
                   {{"retry_after", retryAfterSeconds}});
    error.retryAfter = std::to_string(retryAfterSeconds);
    return error;
}

} // namespace pli::server::authProblems
