#pragma once

namespace pli::server {

class Database;
struct ServerConfig;

// The `settings` table: what `serve` was told that admin commands, run as separate processes on
// the same data directory, need too — the public URL that e-mailed links name and the default
// language of e-mails. Caller need not hold the lock.
class SettingsRecords
{
public:
    // Called by `serve` once it knows its public URL.
    static void record(Database &db, const ServerConfig &config);
    // Fills `config` with what `serve` recorded, if it ever ran.
    static void load(Database &db, ServerConfig &config);
};

} // namespace pli::server
