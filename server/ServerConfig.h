#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace pli::server {

// Everything `pli-server serve` can be told on its command line. The durations are settable so
// that tests can exercise expiry without waiting for hours.
struct ServerConfig
{
    std::filesystem::path dataDir;
    std::string host = "127.0.0.1";
    int port = 8443;
    std::optional<std::filesystem::path> tlsCert;
    std::optional<std::filesystem::path> tlsKey;
    bool tlsSelfSigned = false; // tlsCert/tlsKey are then the files of DIR/tls (SelfSignedTls)
    bool demo = false;          // demo mode: e-mailed codes are also printed on the console
    // Where people reach this server (--public-url), without a trailing slash: e-mailed links
    // name it. `serve` defaults it to the address it listens on; admin commands use what `serve`
    // recorded (SettingsRecords), else this default, the one of `serve` without options.
    std::string publicUrl = "http://127.0.0.1:8443";
    std::string defaultLanguage = "en"; // of e-mails to users without a language: en or fr
    // Worker threads always ready for connections; more start while all are busy (WorkerPool),
    // up to threads + maxEventStreams, so that requests never wait behind event streams.
    int threads = 128;
    int maxEventStreams = 2000;      // open /events streams in all; more answer 503
    int maxEventStreamsPerUser = 20; // per user; more answer 429

    std::int64_t accessTokenTtl = 15 * 60;
    std::int64_t refreshTokenTtl = 30 * 24 * 3600;
    std::int64_t challengeTtl = 10 * 60; // second factor and password change
    std::int64_t enrollmentTtl = 5 * 60; // "the set-up must be quick"
    std::int64_t emailCodeTtl = 10 * 60;
    std::int64_t emailCodeInterval = 30;           // at most one e-mailed code per 30 s
    std::int64_t passwordMaxAge = 365 * 24 * 3600; // older passwords must be changed
    // Unattached uploads expire this long after their creation, or after their last byte.
    std::int64_t uploadTtl = 24 * 3600;
    std::int64_t oneTimeTokenTtl = 24 * 3600; // reset and invitation links
    int maxFailedLogins = 5;                  // then 423 account_locked
    int loginRatePerMinute = 20;              // per client address, then 429
    int accountRatePerMinute = 20; // sign-in requests per account (any address), then 429
    int sseKeepAliveSeconds = 25;
    // What the server deletes for good (RetentionSweeper): how often it looks, and how long the
    // attachments of a conversation that no member lists any more are kept.
    std::int64_t sweepInterval = 10 * 60;
    std::int64_t retentionSeconds = 30 * 24 * 3600;
    // Open uploads (unattached, unexpired) per user, by number and by declared bytes; past
    // either, creating one answers 429 (UploadQuota).
    int maxOpenUploads = 100;
    std::int64_t maxOpenUploadBytes = 8LL << 30; // 8 GiB

    static constexpr int maxOpenChallenges = 3; // sign-ins in progress per user
    static constexpr int resetMailsPerHour = 3; // password-reset links mailed per user
    static constexpr int validResetLinks = 5;   // a user's newest reset links that still work
    static constexpr std::int64_t maxUploadSize = 1073741824; // 1 GiB per file and per message
    static constexpr std::size_t maxJsonBody = 1 << 20;       // 1 MiB
    static constexpr std::size_t maxChunkBody = 64u << 20;    // 64 MiB per PATCH
};

} // namespace pli::server
