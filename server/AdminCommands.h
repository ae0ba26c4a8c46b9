#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pli::server {

struct ServerContext;
class CommandLine;

// `pli-server user|persona|conversation|seed-scale ...`: administration on the data directory,
// usable while the server runs (SQLite WAL). Returns the process exit status (0 ok, 1 failure, 2
// usage).
int runAdminCommand(const std::vector<std::string> &args);
std::string adminUsage();

// Implemented by the modules that own each command group. `cl.positional()[0]` is the group
// ("user"), [1] the sub-command. They print results on stdout and errors on stderr.
int runUserCommand(const CommandLine &cl, ServerContext &ctx);
int runPersonaCommand(const CommandLine &cl, ServerContext &ctx);
int runConversationCommand(const CommandLine &cl, ServerContext &ctx);
int runScaleSeedCommand(const CommandLine &cl, ServerContext &ctx);
std::string userCommandUsage();
std::string personaCommandUsage();
std::string conversationCommandUsage();
std::string scaleSeedCommandUsage();
// Switch flags (no value) used by the groups above, so that the parser knows them.
std::vector<std::string> adminSwitches();

// $XDG_CACHE_HOME/pli/demo-server (or ~/.cache/pli/demo-server).
std::filesystem::path defaultDemoDataDir();

} // namespace pli::server
