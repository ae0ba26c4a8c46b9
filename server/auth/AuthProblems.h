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
