#pragma once

namespace pli {
class Error;
}

namespace pli::cli {

// The documented exit statuses of pli-cli (see `pli-cli --help`), so that scripts can branch on
// the kind of failure without parsing messages in the user's language.
enum class ExitCode
{
    Ok = 0,
    Failure = 1,   // anything else: file error, disk full, too large, conflict
    Usage = 2,     // bad command line or input
    Auth = 3,      // not signed in, sign-in refused, locked, rate limited
    NotFound = 4,  // unknown or forbidden conversation, message, attachment, persona
    Network = 5,   // server unreachable, timeout, TLS, server error, unexpected answer
    Integrity = 6, // a downloaded file does not match its digest
};

// The exit status a failure ends the program with.
ExitCode exitCodeFor(const Error &error);

} // namespace pli::cli
