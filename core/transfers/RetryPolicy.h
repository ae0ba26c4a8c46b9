#pragma once

namespace pli {

// When to try a failed transfer step again: capped exponential backoff with jitter, so that
// several clients (or several connections of one) that failed together do not retry together;
// a server's Retry-After wins when it asks for longer.
struct RetryPolicy
{
    int maxAttempts = 8; // consecutive failures without progress before giving up
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 300;

    // Delay before attempt number `attempt` (1 = first retry); retryAfterSeconds -1 when absent.
    int delayMs(int attempt, int retryAfterSeconds = -1) const;
};

} // namespace pli
