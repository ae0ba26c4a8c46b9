#include "AdminCommands.h"

#include "AttachmentStore.h"
#include "CommandLine.h"
#include "Database.h"
#include "EventBus.h"
#include "Mailer.h"
#include "PrivateFiles.h"
#include "PublicUrl.h"
#include "ServerContext.h"
#include "SettingsRecords.h"

#include <cstdlib>
#include <iostream>

namespace pli::server {

std::string adminUsage()
{
    return userCommandUsage() + personaCommandUsage() + conversationCommandUsage() +
           scaleSeedCommandUsage();
}

std::filesystem::path defaultDemoDataDir()
{
    if (const char *cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        return std::filesystem::path(cache) / "pli" / "demo-server";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "pli" / "demo-server";
    return std::filesystem::temp_directory_path() / "pli-demo-server";
}

namespace {
// The sub-command's options: nullopt for an unknown sub-command.
std::optional<CommandOptions> optionsOf(const std::string &group, const std::string &sub)
{
    const auto own = group == "user"           ? userCommandOptions(sub)
                     : group == "persona"      ? personaCommandOptions(sub)
                     : group == "conversation" ? conversationCommandOptions(sub)
                                               : std::optional(scaleSeedCommandOptions());
    if (!own)
        return std::nullopt;
    return own->plus({{"data", "public-url"}, {}, {}});
}
} // namespace

int runAdminCommand(const std::vector<std::string> &args)
{
    // First find the command, then read its options strictly.
    const CommandLine found(args, adminSwitches());
    const auto &words = found.positional();
    const std::string group = words.empty() ? "" : words[0];
    if (group != "user" && group != "persona" && group != "conversation" && group != "seed-scale") {
        std::cerr << "pli-server: unknown command \"" << group << "\" (see pli-server --help)\n";
        return 2;
    }
    const auto options = optionsOf(group, words.size() > 1 ? words[1] : "");
    const CommandLine cl = options ? CommandLine(args, *options) : found;
    if (!cl.ok()) {
        std::cerr << "pli-server: " << cl.error() << " (see pli-server --help)\n";
        return 2;
    }
    const auto data = cl.value("data");
    if (!data) {
        std::cerr << "pli-server: --data DIR is required\n";
        return 2;
    }
    std::optional<std::string> publicUrl;
    if (const auto given = cl.value("public-url")) {
        publicUrl = normalizedPublicUrl(*given);
        if (!publicUrl) {
            std::cerr << "pli-server: --public-url expects http(s)://HOST[:PORT][/PATH]\n";
            return 2;
        }
    }
    try {
        ServerContext ctx;
        ctx.config.dataDir = *data;
        preparePrivateDataFolder(ctx.config.dataDir);
        Database db(ctx.config.dataDir / "pli.sqlite3");
        SettingsRecords::load(db, ctx.config);
        if (publicUrl)
            ctx.config.publicUrl = *publicUrl;
        Mailer mailer(ctx.config.dataDir / "outbox");
        EventBus events(db);
        AttachmentStore attachments(ctx.config.dataDir);
        ctx.db = &db;
        ctx.mailer = &mailer;
        ctx.events = &events;
        ctx.attachments = &attachments;
        if (group == "user")
            return runUserCommand(cl, ctx);
        if (group == "persona")
            return runPersonaCommand(cl, ctx);
        if (group == "conversation")
            return runConversationCommand(cl, ctx);
        return runScaleSeedCommand(cl, ctx);
    } catch (const std::exception &e) {
        std::cerr << "pli-server: " << e.what() << '\n';
        return 1;
    }
}

} // namespace pli::server

namespace pli::server {

std::vector<std::string> adminSwitches()
{
    // Every value-less flag of the admin commands (user, persona, conversation groups).
    return {"json",      "temporary", "collaborator", "participant",
            "read-only", "no-expiry", "passwordless"};
}

} // namespace pli::server
