#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

struct ServerContext;
class CommandLine;
struct CommandOptions;

// `pli-server user|persona|conversation|seed-scale ...`: administration on the data directory,
// usable while the server runs (SQLite WAL). Returns the process exit status (0 ok, 1 failure, 2
// usage: also an option the sub-command does not know, or one without its value — before anything
// is changed). E-mails sent by a command link to the public URL `serve` recorded, or --public-url.
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
// The options of a sub-command besides those of every admin command (--data, --public-url);
// nullopt for a sub-command the group does not have (it then says so itself).
std::optional<CommandOptions> userCommandOptions(const std::string &sub);
std::optional<CommandOptions> personaCommandOptions(const std::string &sub);
std::optional<CommandOptions> conversationCommandOptions(const std::string &sub);
CommandOptions scaleSeedCommandOptions(); // seed-scale has no sub-command

// $XDG_CACHE_HOME/pli/demo-server (or ~/.cache/pli/demo-server).
std::filesystem::path defaultDemoDataDir();

} // namespace pli::server
